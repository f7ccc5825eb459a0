package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.GroupPage;
import com.roamvault.protocol.admin.GroupRequest;
import java.util.List;
import java.util.Optional;

/** Security groups and their members (user ids). */
public final class GroupsApi {
    private final AdminSession session;

    GroupsApi(AdminSession session) {
        this.session = session;
    }

    public List<GroupDetail> list() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_GROUPS, GroupPage.class).groups();
    }

    /** The group with this name (case-insensitive). */
    public Optional<GroupDetail> find(String name) throws RoamvaultClientException {
        return list().stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    public GroupDetail get(long groupId) throws RoamvaultClientException {
        return session.get(group(groupId), GroupDetail.class);
    }

    public GroupDetail create(String name, List<Long> members) throws RoamvaultClientException {
        return session.post(Paths.ADMIN_GROUPS, new GroupRequest(name, members), GroupDetail.class);
    }

    /** A null name or member list stays as it is. */
    public GroupDetail update(long groupId, String name, List<Long> members) throws RoamvaultClientException {
        return session.put(group(groupId), new GroupRequest(name, members), GroupDetail.class);
    }

    public void delete(long groupId) throws RoamvaultClientException {
        session.delete(group(groupId));
    }

    private static String group(long groupId) {
        return Paths.ADMIN_GROUPS + "/" + groupId;
    }
}
