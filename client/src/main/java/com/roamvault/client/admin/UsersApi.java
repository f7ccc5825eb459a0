package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.PasswordReset;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.admin.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/** User accounts: the paged list, create/update/delete, lockouts, master passwords, pairing codes. */
public final class UsersApi {
    /** The server's largest page. */
    public static final int MAX_PAGE = 500;

    private final AdminSession session;

    UsersApi(AdminSession session) {
        this.session = session;
    }

    /** One page of users whose name or display name contains {@code query} (null or blank = all). */
    public UserPage page(String query, int limit, int offset) throws RoamvaultClientException {
        HttpUrl.Builder url = session.url(Paths.ADMIN_USERS)
                .addQueryParameter("limit", Integer.toString(limit))
                .addQueryParameter("offset", Integer.toString(offset));
        if (query != null && !query.isBlank()) {
            url.addQueryParameter("query", query.strip());
        }
        return session.get(url.build(), UserPage.class);
    }

    /** Every user matching {@code query}, following the pages. */
    public List<UserSummary> all(String query) throws RoamvaultClientException {
        List<UserSummary> users = new ArrayList<>();
        for (int offset = 0; ; offset += MAX_PAGE) {
            UserPage page = page(query, MAX_PAGE, offset);
            users.addAll(page.users());
            if (page.users().size() < MAX_PAGE || users.size() >= page.total()) {
                return users;
            }
        }
    }

    /** The user with exactly this username (case-insensitive, as the server compares them). */
    public Optional<UserSummary> find(String username) throws RoamvaultClientException {
        return all(username).stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    public UserDetail get(long userId) throws RoamvaultClientException {
        return session.get(Paths.adminUser(userId), UserDetail.class);
    }

    public UserDetail create(UserCreate user) throws RoamvaultClientException {
        return session.post(Paths.ADMIN_USERS, user, UserDetail.class);
    }

    /** A mobile user with a master password (display name = username), as scripts and fleets seed them. */
    public UserDetail create(String username, String masterPassword) throws RoamvaultClientException {
        return create(new UserCreate(username, username, masterPassword, null, null, null));
    }

    /** Changes the fields given; null fields stay as they are. */
    public UserDetail update(long userId, UserCreate changes) throws RoamvaultClientException {
        return session.put(Paths.adminUser(userId), changes, UserDetail.class);
    }

    /** The user's Mobile Native App feature access. */
    public UserDetail setMobileAccess(long userId, boolean enabled) throws RoamvaultClientException {
        return update(userId, new UserCreate(null, null, null, null, enabled, null));
    }

    public void delete(long userId) throws RoamvaultClientException {
        session.delete(Paths.adminUser(userId));
    }

    /** Clears a brute-force lockout. */
    public void unlock(long userId) throws RoamvaultClientException {
        session.post(Paths.adminUserUnlock(userId), null, Void.class);
    }

    /** Policy-checked by the server: a weak password is 422 {@code weak_password} with {@code reasons()}. */
    public void resetMasterPassword(long userId, String password) throws RoamvaultClientException {
        session.put(Paths.adminUserMasterPassword(userId), new PasswordReset(password), Void.class);
    }

    /** The pairing URI ({@code roamvault://pair?...}) and its QR image. */
    public PairingCode pairingCode(long userId) throws RoamvaultClientException {
        return session.get(Paths.adminUserPairingCode(userId), PairingCode.class);
    }
}
