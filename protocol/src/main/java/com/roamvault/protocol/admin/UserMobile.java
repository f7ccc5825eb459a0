package com.roamvault.protocol.admin;

import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;

/** A user's Mobile Access Options: overrides (null = inherit) beside the resulting effective policy. */
public record UserMobile(MobileOptions overrides, MobilePolicy effective) {
}
