package com.roamvault.server.edits;

/** What an edit was answered: its status and JSON body, kept so a replay gets exactly the same. */
public record EditAnswer(int status, String json) {
    @Override
    public String toString() {
        return "EditAnswer[status=" + status + "]";
    }
}
