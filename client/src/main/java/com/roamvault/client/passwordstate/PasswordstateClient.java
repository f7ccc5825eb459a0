package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.roamvault.client.JsonHttp;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.ServerConnection;
import com.roamvault.protocol.Paths;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The Passwordstate-compatible subset of API.md under {@code /api/}, with an {@code APIKey} (the
 * system-wide key, or a list's own). Passwordstate answers arrays even for one item; the single-item
 * calls here unwrap them.
 */
public final class PasswordstateClient {
    private static final TypeReference<List<PsPasswordList>> LISTS = new TypeReference<>() { };
    private static final TypeReference<List<PsPassword>> PASSWORDS = new TypeReference<>() { };
    private static final TypeReference<List<PsPasswordHistory>> HISTORY = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> VALUES = new TypeReference<>() { };

    private final JsonHttp http;
    private final String apiKey;

    public PasswordstateClient(ServerConnection connection, String apiKey) {
        this.http = new JsonHttp(connection, new PasswordstateErrors());
        this.apiKey = apiKey;
    }

    public List<PsPasswordList> lists() throws RoamvaultClientException {
        return http.call(get(http.url(Paths.PS_PASSWORD_LISTS).build()), LISTS);
    }

    public PsPasswordList list(long passwordListId) throws RoamvaultClientException {
        return first(http.call(get(http.url(Paths.PS_PASSWORD_LISTS + "/" + passwordListId).build()), LISTS));
    }

    /** Every record of a list ({@code GET /api/passwords/{PasswordListID}?QueryAll}). */
    public List<PsPassword> passwords(long passwordListId) throws RoamvaultClientException {
        return http.call(get(http.url(Paths.PS_PASSWORDS + "/" + passwordListId)
                .addQueryParameter("QueryAll", null).build()), PASSWORDS);
    }

    public PsPassword password(long passwordId) throws RoamvaultClientException {
        return first(http.call(get(http.url(Paths.PS_PASSWORDS + "/" + passwordId).build()), PASSWORDS));
    }

    /** Records of a list matching every non-null criterion. */
    public List<PsPassword> search(long passwordListId, String title, String userName, String description)
            throws RoamvaultClientException {
        HttpUrl.Builder url = http.url(Paths.PS_SEARCH_PASSWORDS + "/" + passwordListId);
        add(url, "Title", title);
        add(url, "UserName", userName);
        add(url, "Description", description);
        return http.call(get(url.build()), PASSWORDS);
    }

    public PsPassword create(PsPasswordInput record) throws RoamvaultClientException {
        return first(http.call(keyed(http.url(Paths.PS_PASSWORDS).build()).post(http.body(record)).build(),
                PASSWORDS));
    }

    /** Changes the given fields of the record named by {@code PasswordID}. */
    public PsPassword update(PsPasswordInput changes) throws RoamvaultClientException {
        return first(http.call(keyed(http.url(Paths.PS_PASSWORDS).build()).put(http.body(changes)).build(),
                PASSWORDS));
    }

    public void delete(long passwordId) throws RoamvaultClientException {
        http.call(keyed(http.url(Paths.PS_PASSWORDS + "/" + passwordId)
                .addQueryParameter("MoveToRecycleBin", "False").build()).delete().build(), Void.class);
    }

    /** The record's current one-time code (404 {@code not_found} for a record without an OTP URI). */
    public String oneTimePassword(long passwordId) throws RoamvaultClientException {
        return first(http.call(get(http.url(Paths.PS_ONE_TIME_PASSWORD + "/" + passwordId).build()), VALUES))
                .get("OTP");
    }

    /** {@code qty} passwords of {@code length} from the server's generator (null: the server's defaults). */
    public List<String> generatePasswords(Integer qty, Integer length) throws RoamvaultClientException {
        HttpUrl.Builder url = http.url(Paths.PS_GENERATE_PASSWORD);
        add(url, "Qty", qty == null ? null : qty.toString());
        add(url, "PasswordLength", length == null ? null : length.toString());
        return http.call(get(url.build()), VALUES).stream().map(p -> p.get("Password")).toList();
    }

    /** The record's earlier versions, newest first. */
    public List<PsPasswordHistory> passwordHistory(long passwordId) throws RoamvaultClientException {
        return http.call(get(http.url(Paths.PS_PASSWORD_HISTORY + "/" + passwordId).build()), HISTORY);
    }

    private Request get(HttpUrl url) {
        return keyed(url).get().build();
    }

    private Request.Builder keyed(HttpUrl url) {
        Request.Builder request = new Request.Builder().url(url);
        return apiKey == null ? request : request.header("APIKey", apiKey);
    }

    private static void add(HttpUrl.Builder url, String name, String value) {
        if (value != null) {
            url.addQueryParameter(name, value);
        }
    }

    private static <T> T first(List<T> items) throws RoamvaultClientException {
        if (items == null || items.isEmpty()) {
            throw RoamvaultClientException.local(RoamvaultClientException.Kind.PROTOCOL,
                    RoamvaultClientException.PROTOCOL_ERROR, "The server answered an empty array");
        }
        return items.get(0);
    }
}
