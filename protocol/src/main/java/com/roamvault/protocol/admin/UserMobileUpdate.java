package com.roamvault.protocol.admin;

import com.roamvault.protocol.policy.MobileOptions;

/** PUT of a user's Mobile Access Options: the complete set of overrides, null = inherit. */
public record UserMobileUpdate(MobileOptions overrides) {
}
