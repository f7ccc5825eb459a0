package com.roamvault.console.users;

import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.ui.UiExecutor;
import java.text.NumberFormat;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user list: one server page at a time (never all users) for what the search finds, with
 * previous/next and "1–100 of 2,345". Answers to older requests (typing fast) are dropped.
 */
public final class UserPager {
    /** What the screen around the list hears: a request went out, a page arrived, a request failed. */
    interface Listener {
        void requested();

        void shown(List<UserSummary> page);

        void failed(Throwable failure);
    }

    private final UiExecutor executor;
    private final UsersApi api;
    private final int pageSize;
    private final Listener listener;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<UserSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<UserSummary> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Integer> offset = new ReadOnlyObjectWrapper<>(0);
    private final ReadOnlyObjectWrapper<Long> total = new ReadOnlyObjectWrapper<>(0L);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canPrevious;
    private final BooleanBinding canNext;
    private long request;

    UserPager(UiExecutor executor, UsersApi api, int pageSize, Listener listener) {
        this.executor = executor;
        this.api = api;
        this.pageSize = pageSize;
        this.listener = listener;
        canPrevious = Bindings.createBooleanBinding(() -> offset.get() > 0 && !busy.get(), offset, busy);
        canNext = Bindings.createBooleanBinding(() -> hasNext() && !busy.get(), offset, total, rows, busy);
    }

    /** Page one of what the query finds (the view calls this shortly after typing stops). */
    public void search() {
        load(0);
    }

    public void nextPage() {
        if (hasNext()) {
            load(offset.get() + pageSize);
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            load(Math.max(0, offset.get() - pageSize));
        }
    }

    /** The page on view again, fresh from the server. */
    void reload() {
        load(offset.get());
    }

    private void load(int from) {
        String text = query.get() == null ? "" : query.get().strip();
        long mine = ++request;
        busy.set(true);
        listener.requested();
        executor.submit(() -> api.page(text, pageSize, from), page -> {
            if (mine == request) {
                show(page, from);
            }
        }, failure -> {
            if (mine == request) {
                busy.set(false);
                listener.failed(failure);
            }
        });
    }

    private void show(UserPage page, int from) {
        busy.set(false);
        offset.set(from);
        total.set(page.total());
        rows.setAll(page.users());
        pageText.set(describe(from, page.users().size(), page.total()));
        listener.shown(page.users());
    }

    /** "1–100 of 2,345", or "No users" / "No users match". */
    private String describe(int from, int count, long all) {
        if (count == 0) {
            return query.get() == null || query.get().isBlank() ? "No users" : "No users match";
        }
        NumberFormat n = NumberFormat.getIntegerInstance();
        return n.format(from + 1) + "–" + n.format(from + count) + " of " + n.format(all);
    }

    private boolean hasNext() {
        return offset.get() + rows.size() < total.get();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<UserSummary> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public BooleanBinding canPreviousProperty() {
        return canPrevious;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
