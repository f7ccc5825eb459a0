package com.roamvault.server.passwordstate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roamvault.protocol.ErrorCode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a Passwordstate record body. Field names match case-insensitively, as on Passwordstate's
 * .NET server. Our decision on fields: a name we neither store nor know from Passwordstate is
 * rejected (400), so a typo such as "Pasword" never silently drops a value; Passwordstate's own
 * optional fields that we do not store (GenericField1..10, AccountTypeID, ExpiryDate, heartbeat
 * and reset settings, ...) are accepted and ignored, so existing scripts run unchanged.
 * {@code GeneratePassword: true} is refused: we cannot honour it, and ignoring it would store a
 * record without the password the script expects.
 */
public final class PsBodies {
    private static final Set<String> STORED = Set.of("PasswordID", "PasswordListID", "PasswordList", "Title",
            "UserName", "Password", "URL", "Notes", "Domain", "Description", "HostName", "OTPUri");
    private static final Map<String, String> STORED_BY_KEY = STORED.stream()
            .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), Function.identity()));
    private static final Set<String> IGNORED = Stream.of("AccountTypeID", "AccountType", "ExpiryDate",
            "AllowExport", "PasswordResetEnabled", "EnablePasswordResetSchedule", "PasswordResetSchedule",
            "AddDaysToExpiryDate", "HeartbeatEnabled", "HeartbeatSchedule", "ScriptID", "PrivilegedAccountID",
            "ValidationScriptID", "ADDomainNetBIOS", "ValidateWithPrivAccount", "WebUser_ID", "WebPassword_ID",
            "WebOTP_ID", "GeneratePassword", "GenerateGenFieldPassword", "Reason", "TreePath",
            "PasswordStrength", "SiteID", "SiteLocation", "Permission", "DocumentPath", "DocumentName",
            "DocumentDescription", "Tags").map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    private static final Pattern GENERIC_FIELD = Pattern.compile("genericfield(10|[1-9])");

    private final ObjectMapper json;

    public PsBodies(ObjectMapper json) {
        this.json = json;
    }

    PsRecordInput read(byte[] body) {
        if (body.length == 0) {
            throw badRequest("The request needs a JSON body");
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw badRequest("The request body is not valid JSON");
        }
        if (!(tree instanceof ObjectNode given)) {
            throw badRequest("The request body must be a JSON object");
        }
        ObjectNode kept = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (STORED_BY_KEY.containsKey(key)) {
                kept.set(STORED_BY_KEY.get(key), field.getValue());
            } else if (key.equals("generatepassword") && field.getValue().asBoolean(false)) {
                throw badRequest("GeneratePassword is not supported by this server; send the Password instead");
            } else if (!IGNORED.contains(key) && !GENERIC_FIELD.matcher(key).matches()) {
                throw badRequest("Unknown field '" + printable(field.getKey()) + "'");
            }
        }
        try {
            return json.treeToValue(kept, PsRecordInput.class);
        } catch (JsonProcessingException e) {
            String at = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(0).getFieldName() : null;
            throw badRequest(at == null ? "The request body has the wrong shape"
                    : "Field '" + at + "' has the wrong type");
        }
    }

    private static PasswordstateException badRequest(String phrase) {
        return new PasswordstateException(ErrorCode.BAD_REQUEST, phrase);
    }

    private static String printable(String raw) {
        String clean = raw.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
