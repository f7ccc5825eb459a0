package com.roamvault.device.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code admin:} steps: what an administrator changes on the server in the middle of a scenario. */
final class AdminSteps {
    private static final Set<String> RECORD_FIELDS = Set.of("title", "username", "password", "url", "notes", "domain",
            "description");

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
        AdminApi api = world.admin();
        switch (action.getKey()) {
            case "setGlobal" -> api.setGlobal(a);
            case "setUserOption" -> {
                long user = api.userId(take(a, "user"));
                api.setUserOptions(user, a);
            }
            case "clearUserOption" -> api.clearUserOption(api.userId(take(a, "user")), take(a, "field"));
            case "revokeDevice" -> {
                String device = String.valueOf(value);
                String id = world.device(device).snapshot().deviceId();
                if (id == null) {
                    throw new ScenarioException("Device " + device + " has not registered with the server yet");
                }
                api.revokeDevice(id);
            }
            case "unlockUser" -> api.unlockUser(api.userId(String.valueOf(value)));
            case "setMobileAccess" -> api.setMobileAccess(api.userId(take(a, "user")),
                    Boolean.parseBoolean(take(a, "enabled")));
            case "resetMasterPassword" -> api.resetMasterPassword(api.userId(take(a, "user")), take(a, "password"));
            case "addRecord" -> api.addRecord(world.listIdOrCreate(take(a, "list")), recordFields(a));
            case "updateRecord" -> {
                long list = listId(take(a, "list"));
                String title = take(a, "title");
                Map<String, Object> changes = recordFields(a);
                if (a.containsKey("newTitle")) {
                    changes.put("title", a.get("newTitle"));
                }
                api.updateRecord(recordId(list, title), changes);
            }
            case "deleteRecord" -> {
                long list = listId(take(a, "list"));
                api.deleteRecord(recordId(list, take(a, "title")));
            }
            case "grant" -> {
                long list = world.listIdOrCreate(take(a, "list"));
                boolean mobile = !a.containsKey("mobileAccess") || Boolean.parseBoolean(String.valueOf(a.get("mobileAccess")));
                String level = a.containsKey("level") ? String.valueOf(a.get("level")) : "view";
                api.grant(list, userOrNull(a), groupOrNull(a), level, mobile);
            }
            case "revoke" -> api.revoke(listId(take(a, "list")), userOrNull(a), groupOrNull(a));
            default -> throw new ScenarioException("Step " + step.number() + ": unknown admin action '" + action.getKey()
                    + "'");
        }
    }

    private Long userOrNull(Map<String, Object> a) {
        if (a.containsKey("user")) {
            return world.admin().userId(String.valueOf(a.get("user")));
        }
        if (!a.containsKey("group")) {
            throw new ScenarioException("grant/revoke need a user or a group");
        }
        return null;
    }

    private Long groupOrNull(Map<String, Object> a) {
        return a.containsKey("group") ? world.admin().groupId(String.valueOf(a.get("group"))) : null;
    }

    private long listId(String name) {
        Long id = world.admin().listId(name);
        if (id == null) {
            throw new ScenarioException("No password list named '" + name + "'");
        }
        return id;
    }

    private long recordId(long listId, String title) {
        Long id = world.admin().recordId(listId, title);
        if (id == null) {
            throw new ScenarioException("No record titled '" + title + "' in that list");
        }
        return id;
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
