package com.roamvault.server.groups;

import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.GroupRequest;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.store.Database;
import java.util.List;

/** The security administrator's work on groups, each call its own transaction around {@link GroupService}. */
public final class GroupAdmin {
    private final Database db;
    private final GroupService groups;

    public GroupAdmin(Database db, GroupService groups) {
        this.db = db;
        this.groups = groups;
    }

    public List<GroupDetail> list() {
        return db.read(groups::list);
    }

    public GroupDetail get(long id) {
        return db.read(sql -> groups.get(sql, id));
    }

    public GroupDetail create(GroupRequest body, Actor actor) {
        return db.tx(sql -> groups.create(sql, body, actor));
    }

    public GroupDetail update(long id, GroupRequest body, Actor actor) {
        return db.tx(sql -> groups.update(sql, id, body, actor));
    }

    public void delete(long id, Actor actor) {
        db.txRun(sql -> groups.delete(sql, id, actor));
    }
}
