package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.ListPage;
import com.roamvault.protocol.admin.ListRequest;
import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Password lists and the permissions on them (who sees a list, at which level, on mobile or not). */
public final class ListsApi {
    private final AdminSession session;

    ListsApi(AdminSession session) {
        this.session = session;
    }

    public List<ListDetail> list() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_LISTS, ListPage.class).lists();
    }

    /** The list with exactly this name. */
    public Optional<ListDetail> find(String name) throws RoamvaultClientException {
        return list().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public ListDetail get(long listId) throws RoamvaultClientException {
        return session.get(Paths.ADMIN_LISTS + "/" + listId, ListDetail.class);
    }

    public ListDetail create(String name, String description) throws RoamvaultClientException {
        return session.post(Paths.ADMIN_LISTS, new ListRequest(name, description), ListDetail.class);
    }

    public void delete(long listId) throws RoamvaultClientException {
        session.delete(Paths.ADMIN_LISTS + "/" + listId);
    }

    public List<Permission> permissions(long listId) throws RoamvaultClientException {
        return session.get(Paths.adminListPermissions(listId), Permissions.class).permissions();
    }

    /** Replaces the whole set (empty removes every grant); returns the set as stored. */
    public List<Permission> setPermissions(long listId, List<Permission> permissions) throws RoamvaultClientException {
        return session.put(Paths.adminListPermissions(listId), new Permissions(permissions), Permissions.class)
                .permissions();
    }

    /** Adds one grant, or replaces the grantee's existing one, keeping every other grant. */
    public List<Permission> grant(long listId, Permission grant) throws RoamvaultClientException {
        List<Permission> kept = withoutGrantee(listId, grant.userId(), grant.groupId());
        kept.add(grant);
        return setPermissions(listId, kept);
    }

    /** Removes the grant of one user or one group (give exactly one id), keeping the others. */
    public List<Permission> revoke(long listId, Long userId, Long groupId) throws RoamvaultClientException {
        return setPermissions(listId, withoutGrantee(listId, userId, groupId));
    }

    /** A user's grant with Mobile Access, the common case of scripts and fleets. */
    public static Permission mobileGrant(long userId, String level) {
        return new Permission(userId, null, level, true);
    }

    private List<Permission> withoutGrantee(long listId, Long userId, Long groupId) throws RoamvaultClientException {
        if ((userId == null) == (groupId == null)) {
            throw new IllegalArgumentException("A grant names exactly one of a user or a group");
        }
        List<Permission> kept = new ArrayList<>();
        for (Permission p : permissions(listId)) {
            boolean same = userId != null ? Objects.equals(p.userId(), userId) : Objects.equals(p.groupId(), groupId);
            if (!same) {
                kept.add(p);
            }
        }
        return kept;
    }
}
