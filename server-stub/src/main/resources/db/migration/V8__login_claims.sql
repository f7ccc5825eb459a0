-- Failed logins per client address, hour and kind of login ('mobile' = the App Server's phone API,
-- 'admin' = the console), so guessing from one shared address through one door cannot close the
-- other. A slot is claimed (failures + 1, only while under the limit) before the password is
-- checked and given back after a right one; see auth/AddressClaims. The old per-hour counters
-- are dropped: at worst an address gets a fresh allowance for the hour of the upgrade.
DROP TABLE address_failures;
CREATE TABLE login_address_failures (
    address    VARCHAR(64) NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    hour_start BIGINT NOT NULL,
    failures   INT NOT NULL,
    PRIMARY KEY (address, kind, hour_start)
);

-- Client networks (CIDR, comma separated) that the per-address limit leaves alone.
ALTER TABLE mobile_settings ADD COLUMN trusted_networks VARCHAR(4000) DEFAULT '' NOT NULL;
