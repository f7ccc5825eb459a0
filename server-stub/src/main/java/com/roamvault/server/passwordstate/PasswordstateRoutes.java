package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Paths;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Passwordstate-style subset of API.md under {@code /api/}. Routes carry {@link Role#API_KEY},
 * which the shared access control leaves alone: each handler checks the {@code APIKey} header
 * itself, and every answer, errors included, keeps Passwordstate's shapes (PascalCase, arrays).
 */
public final class PasswordstateRoutes implements Routes {
    private static final List<String> PREFIXES = List.of(Paths.PS_PASSWORD_LISTS, Paths.PS_PASSWORDS,
            Paths.PS_SEARCH_PASSWORDS, Paths.PS_ONE_TIME_PASSWORD, Paths.PS_GENERATE_PASSWORD,
            Paths.PS_PASSWORD_HISTORY);
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);

    private final ApiKeys keys;
    private final PasswordstateService service;
    private final PsBodies bodies;
    private final PsGenerator generator = new PsGenerator();
    private final Set<String> registered = new HashSet<>();

    public PasswordstateRoutes(ApiKeys keys, PasswordstateService service, PsBodies bodies) {
        this.keys = keys;
        this.service = service;
        this.bodies = bodies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(PasswordstateException.class, PasswordstateErrors::answer);
        add(routes, HandlerType.GET, Paths.PS_PASSWORD_LISTS, (http, scope) -> http.json(service.lists(scope)));
        add(routes, HandlerType.GET, Paths.PS_PASSWORD_LISTS + "/{PasswordListID}", (http, scope) ->
                http.json(service.list(scope, PathIds.number(http, "PasswordListID", "PasswordListID"))));
        add(routes, HandlerType.GET, Paths.PS_PASSWORDS + "/{id}", this::passwords);
        add(routes, HandlerType.GET, Paths.PS_SEARCH_PASSWORDS + "/{PasswordListID}", this::search);
        add(routes, HandlerType.POST, Paths.PS_PASSWORDS, (http, scope) -> http.status(HttpStatus.CREATED)
                .json(List.of(service.create(scope, bodies.read(http.bodyAsBytes()), ClientAddress.of(http)))));
        add(routes, HandlerType.PUT, Paths.PS_PASSWORDS, (http, scope) ->
                http.json(List.of(service.update(scope, bodies.read(http.bodyAsBytes()), ClientAddress.of(http)))));
        add(routes, HandlerType.DELETE, Paths.PS_PASSWORDS + "/{PasswordID}", this::delete);
        add(routes, HandlerType.GET, Paths.PS_ONE_TIME_PASSWORD + "/{PasswordID}", (http, scope) -> http.json(
                service.oneTimePassword(scope, PathIds.number(http, "PasswordID", "PasswordID"), ClientAddress.of(http))));
        add(routes, HandlerType.GET, Paths.PS_PASSWORD_HISTORY + "/{PasswordID}", (http, scope) -> http.json(
                service.history(scope, PathIds.number(http, "PasswordID", "PasswordID"), ClientAddress.of(http))));
        add(routes, HandlerType.GET, Paths.PS_GENERATE_PASSWORD, (http, scope) ->
                http.json(generator.generate(query(http, "Qty"), query(http, "PasswordLength"))));
        registerNotFound(routes);
    }

    /**
     * GET /api/passwords/{id} means two things in Passwordstate: with {@code QueryAll} the id is a
     * PasswordListID (all its records), without it a PasswordID (that one record).
     */
    private void passwords(Context http, ApiKeyScope scope) {
        if (query(http, "QueryAll") != null) {
            http.json(service.listRecords(scope, PathIds.number(http, "id", "PasswordListID"), ClientAddress.of(http)));
        } else {
            http.json(List.of(service.record(scope, PathIds.number(http, "id", "PasswordID"), ClientAddress.of(http))));
        }
    }

    private void search(Context http, ApiKeyScope scope) {
        long listId = PathIds.number(http, "PasswordListID", "PasswordListID");
        http.json(service.search(scope, listId, query(http, "Title"), query(http, "UserName"),
                query(http, "Description"), ClientAddress.of(http)));
    }

    /** There is no recycle bin: a record is deleted either way, so both values of MoveToRecycleBin are accepted. */
    private void delete(Context http, ApiKeyScope scope) {
        long recordId = PathIds.number(http, "PasswordID", "PasswordID");
        String recycle = query(http, "MoveToRecycleBin");
        if (recycle != null && !recycle.isEmpty() && !recycle.equalsIgnoreCase("true")
                && !recycle.equalsIgnoreCase("false")) {
            throw new PasswordstateException(ErrorCode.BAD_REQUEST, "MoveToRecycleBin must be True or False");
        }
        service.delete(scope, recordId, ClientAddress.of(http));
        http.json(List.of(Map.of("Message", "Password Deleted Successfully", "PasswordID", recordId)));
    }

    /** Anything else under the Passwordstate prefixes is a 404 in Passwordstate's shape, not the admin API's. */
    private void registerNotFound(RoutesConfig routes) {
        for (String prefix : PREFIXES) {
            for (String path : List.of(prefix, prefix + "/*")) {
                for (HandlerType method : METHODS) {
                    if (!registered.contains(method + " " + path)) {
                        add(routes, method, path, (http, scope) -> {
                            throw new PasswordstateException(ErrorCode.NOT_FOUND,
                                    "No such API call: " + http.method() + " " + http.path());
                        });
                    }
                }
            }
        }
    }

    private void add(RoutesConfig routes, HandlerType method, String path, KeyedHandler handler) {
        registered.add(method + " " + path);
        Handler guarded = http -> handler.handle(http, keys.authenticate(http.header(ApiKeys.HEADER)));
        routes.addHttpHandler(method, path, PasswordstateErrors.translating(guarded), Role.API_KEY);
    }

    /** Passwordstate's parameters are case-insensitive; a parameter given without a value reads as "". */
    private static String query(Context http, String name) {
        for (Map.Entry<String, List<String>> p : http.queryParamMap().entrySet()) {
            if (p.getKey().equalsIgnoreCase(name)) {
                return p.getValue().isEmpty() ? "" : p.getValue().get(0);
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface KeyedHandler {
        void handle(Context http, ApiKeyScope scope) throws Exception;
    }
}
