package com.roamvault.device.scenario;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code admin:} steps: what an administrator changes on the server in the middle of a scenario. */
final class AdminSteps {
    private static final Set<String> RECORD_FIELDS = Set.of("title", "username", "password", "url", "notes", "domain",
            "description", "otpUri");

    private final ScenarioWorld world;

    AdminSteps(ScenarioWorld world) {
        this.world = world;
    }

    @SuppressWarnings("unchecked")
    void play(StepSpec step) {
        Map<String, Object> args = step.args();
        if (args.size() != 1) {
            throw new ScenarioException("Step " + step.number() + ": admin takes exactly one action, e.g. {setGlobal: {...}}");
        }
        Map.Entry<String, Object> action = args.entrySet().iterator().next();
        Object value = action.getValue();
        Map<String, Object> a = value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
        AdminClient api = world.admin();
        switch (action.getKey()) {
            case "setGlobal" -> AdminCall.run("setGlobal", () -> {
                world.rememberGlobalSettings();
                return api.settings().updateGlobal(a);
            });
            case "setUserOption" -> {
                long user = userId(take(a, "user"));
                AdminCall.run("setUserOption", () -> api.settings().patchUserOverrides(user, a));
            }
            case "clearUserOption" -> {
                long user = userId(take(a, "user"));
                String field = take(a, "field");
                AdminCall.run("clearUserOption", () -> api.settings().clearUserOverride(user, field));
            }
            case "revokeDevice" -> {
                String device = String.valueOf(value);
                String id = world.device(device).snapshot().deviceId();
                if (id == null) {
                    throw new ScenarioException("Device " + device + " has not registered with the server yet");
                }
                AdminCall.run("revokeDevice", () -> api.devices().revoke(id));
            }
            case "unlockUser" -> {
                long user = userId(String.valueOf(value));
                AdminCall.run("unlockUser", () -> api.users().unlock(user));
            }
            case "setMobileAccess" -> {
                long user = userId(take(a, "user"));
                boolean enabled = Boolean.parseBoolean(take(a, "enabled"));
                AdminCall.run("setMobileAccess", () -> api.users().setMobileAccess(user, enabled));
            }
            case "resetMasterPassword" -> {
                long user = userId(take(a, "user"));
                String password = take(a, "password");
                AdminCall.run("resetMasterPassword", () -> api.users().resetMasterPassword(user, password));
            }
            case "addRecord" -> {
                long list = world.listIdOrCreate(take(a, "list"));
                AdminCall.run("addRecord", () -> api.records().create(list, record(recordFields(a))));
            }
            case "updateRecord" -> {
                long list = listId(take(a, "list"));
                String title = take(a, "title");
                Map<String, Object> changes = recordFields(a);
                if (a.containsKey("newTitle")) {
                    changes.put("title", a.get("newTitle"));
                }
                long record = recordId(list, title);
                AdminCall.run("updateRecord", () -> api.records().update(record, record(changes)));
            }
            case "deleteRecord" -> {
                long list = listId(take(a, "list"));
                long record = recordId(list, take(a, "title"));
                AdminCall.run("deleteRecord", () -> api.records().delete(record));
            }
            case "grant" -> {
                long list = world.listIdOrCreate(take(a, "list"));
                boolean mobile = !a.containsKey("mobileAccess") || Boolean.parseBoolean(String.valueOf(a.get("mobileAccess")));
                String level = a.containsKey("level") ? String.valueOf(a.get("level")) : "view";
                Permission grant = new Permission(userOrNull(a), groupOrNull(a), level, mobile);
                AdminCall.run("grant", () -> api.lists().grant(list, grant));
            }
            case "revoke" -> {
                long list = listId(take(a, "list"));
                Long user = userOrNull(a);
                Long group = groupOrNull(a);
                AdminCall.run("revoke", () -> api.lists().revoke(list, user, group));
            }
            default -> throw new ScenarioException("Step " + step.number() + ": unknown admin action '" + action.getKey()
                    + "'");
        }
    }

    private long userId(String username) {
        return AdminCall.userId(world.admin(), username);
    }

    private Long userOrNull(Map<String, Object> a) {
        if (a.containsKey("user")) {
            return userId(String.valueOf(a.get("user")));
        }
        if (!a.containsKey("group")) {
            throw new ScenarioException("grant/revoke need a user or a group");
        }
        return null;
    }

    private Long groupOrNull(Map<String, Object> a) {
        if (!a.containsKey("group")) {
            return null;
        }
        String name = String.valueOf(a.get("group"));
        return AdminCall.run("group lookup", () -> world.admin().groups().find(name)).map(GroupDetail::id)
                .orElseThrow(() -> new ScenarioException("No group " + name + " on the server"));
    }

    private long listId(String name) {
        return AdminCall.run("list lookup", () -> world.admin().lists().find(name)).map(ListDetail::listId)
                .orElseThrow(() -> new ScenarioException("No password list named '" + name + "'"));
    }

    private long recordId(long listId, String title) {
        return AdminCall.run("record lookup", () -> world.admin().records().find(listId, title))
                .map(RecordDetail::recordId)
                .orElseThrow(() -> new ScenarioException("No record titled '" + title + "' in that list"));
    }

    private static RecordRequest record(Map<String, Object> fields) {
        return Json.lenientMapper().convertValue(fields, RecordRequest.class);
    }

    private static Map<String, Object> recordFields(Map<String, Object> a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (RECORD_FIELDS.contains(k)) {
                fields.put(k, v);
            }
        });
        return fields;
    }

    private static String take(Map<String, Object> a, String key) {
        Object v = a.remove(key);
        if (v == null) {
            throw new ScenarioException("admin step needs '" + key + "'");
        }
        return String.valueOf(v);
    }
}
