package com.roamvault.device.ui;

import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import java.util.Map;

/** Lab users for the issue-15 screens: a record with a one-time code, lists the user may modify, edit modes. */
final class EditingLab {
    static final String OTP_URI = "otpauth://totp/Corp:jsmith?secret=JBSWY3DPEHPK3PXP&issuer=Corp&digits=6"
            + "&period=30&algorithm=SHA1";

    private EditingLab() {
    }

    /** A record with a one-time code in the user's list. */
    static RecordDetail otpRecord(Lab lab, Lab.TestUser user, String title) throws Exception {
        return lab.admin().records().create(user.listId(), new RecordRequest(title, "ops", "pw-otp-1",
                "https://vpn.corp.example", null, null, null, OTP_URI));
    }

    /** The user may modify their list from the phone (mobileEditMode as given: online, offline). */
    static void mayModify(Lab lab, Lab.TestUser user, String editMode) throws Exception {
        lab.admin().lists().grant(user.listId(), ListsApi.mobileGrant(user.userId(), "modify"));
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("mobileEditMode", editMode));
    }
}
