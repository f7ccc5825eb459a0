package com.roamvault.protocol;

/** URL paths of API.md, in one place for server routes and clients. */
public final class Paths {
    private Paths() {
    }

    public static final String MOBILE = "/api/mobile/v1";
    public static final String MOBILE_LOGIN = MOBILE + "/login";
    public static final String MOBILE_SYNC = MOBILE + "/sync";
    public static final String MOBILE_AUDIT = MOBILE + "/audit";
    public static final String MOBILE_POLICY = MOBILE + "/policy";
    public static final String MOBILE_MASTER_PASSWORD = MOBILE + "/master-password";
    public static final String MOBILE_RECORDS = MOBILE + "/records";

    /** {@code PUT}: an edit made on the phone (API.md). */
    public static String mobileRecord(long recordId) {
        return MOBILE_RECORDS + "/" + recordId;
    }

    public static final String ADMIN = "/api/admin/v1";
    public static final String ADMIN_LOGIN = ADMIN + "/login";
    public static final String ADMIN_SERVER = ADMIN + "/server";
    public static final String ADMIN_SETTINGS_MOBILE = ADMIN + "/settings/mobile";
    public static final String ADMIN_USERS = ADMIN + "/users";
    public static final String ADMIN_GROUPS = ADMIN + "/groups";
    public static final String ADMIN_LISTS = ADMIN + "/lists";
    public static final String ADMIN_RECORDS = ADMIN + "/records";
    public static final String ADMIN_DEVICES = ADMIN + "/devices";
    public static final String ADMIN_AUDIT = ADMIN + "/audit";
    public static final String ADMIN_AUDIT_EXPORT = ADMIN_AUDIT + "/export.csv";
    public static final String ADMIN_AUDIT_VERIFY = ADMIN_AUDIT + "/verify";
    public static final String ADMIN_STATS = ADMIN + "/stats";

    public static String adminUser(long id) {
        return ADMIN_USERS + "/" + id;
    }

    public static String adminUserMobile(long id) {
        return adminUser(id) + "/mobile";
    }

    public static String adminUserUnlock(long id) {
        return adminUser(id) + "/unlock";
    }

    public static String adminUserMasterPassword(long id) {
        return adminUser(id) + "/master-password";
    }

    public static String adminUserPairingCode(long id) {
        return adminUser(id) + "/pairing-code";
    }

    public static String adminDeviceRevoke(String deviceId) {
        return ADMIN_DEVICES + "/" + deviceId + "/revoke";
    }

    public static String adminListPermissions(long listId) {
        return ADMIN_LISTS + "/" + listId + "/permissions";
    }

    public static String adminListRecords(long listId) {
        return ADMIN_LISTS + "/" + listId + "/records";
    }

    public static String adminRecord(long recordId) {
        return ADMIN_RECORDS + "/" + recordId;
    }

    public static String adminRecordHistory(long recordId) {
        return adminRecord(recordId) + "/history";
    }

    public static String adminRecordRestore(long recordId) {
        return adminRecord(recordId) + "/restore";
    }

    public static final String PS_PASSWORD_LISTS = "/api/passwordlists";
    public static final String PS_PASSWORDS = "/api/passwords";
    public static final String PS_SEARCH_PASSWORDS = "/api/searchpasswords";
    public static final String PS_ONE_TIME_PASSWORD = "/api/onetimepassword";
    public static final String PS_GENERATE_PASSWORD = "/api/generatepassword";
    public static final String PS_PASSWORD_HISTORY = "/api/passwordhistory";
}
