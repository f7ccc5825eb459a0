package com.roamvault.console.support;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they show, measured in the font the cells are drawn in (so a
 * larger UI scale or font keeps them whole): every column at least as wide as its header and, but
 * for the {@code elastic} ones, as its widest value. Elastic columns hold long user data (names,
 * details); they share what room is left, and their cells elide, the full text a tooltip away.
 * A table too narrow even for that scrolls sideways (which the layout tests catch).
 */
public final class ColumnFit {
    /** The layout check's style class for text allowed to elide. */
    public static final String ELIDES = "elides";
    private static final String EXTRA = "column-fit.extra-em";
    /** A cell's padding and a little air, in em. */
    private static final double PADDING_EM = 1.4;
    /** A vertical scroll bar's room, in em, kept free whether or not the rows need one. */
    private static final double SCROLL_BAR_EM = 1.2;

    private ColumnFit() {
    }

    /**
     * Fits now, whenever the rows or the table's width change, and once the cells show in a font
     * other than the one measured with. The table keeps the widths given (no resize policy of its own).
     */
    public static <S> void fit(TableView<S> table, Set<TableColumn<S, ?>> elastic) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Font[] measuredWith = {null};
        Runnable refit = () -> measuredWith[0] = apply(table, elastic);
        table.getItems().addListener((ListChangeListener<S>) change -> refit.run());
        table.widthProperty().addListener((obs, old, now) -> refit.run());
        // the first rows may arrive before any cell has its CSS font (a larger UI font, say)
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            Font drawn = cellFont(table);
            if (!needs && drawn != null && !drawn.equals(measuredWith[0])) {
                refit.run();
            }
        });
        refit.run();
    }

    /**
     * Every fixed column its widest value; the room left shared among the elastic ones, the
     * narrowest needs served first, the last column taking what remains so the table is filled.
     * Returns the font it measured with.
     */
    private static <S> Font apply(TableView<S> table, Set<TableColumn<S, ?>> elastic) {
        Font drawn = cellFont(table);
        Font font = drawn != null ? drawn : Font.getDefault();
        Font header = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double padding = PADDING_EM * font.getSize();
        // the table's border and a vertical scroll bar's room
        double room = table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight()
                - SCROLL_BAR_EM * font.getSize();
        Map<TableColumn<S, ?>, Double> widest = new LinkedHashMap<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            double title = width(column.getText(), header) + padding;
            double around = padding + font.getSize() * (column.getProperties().get(EXTRA) instanceof Double em ? em : 0);
            double most = title;
            for (int row = 0; row < table.getItems().size(); row++) {
                Object value = column.getCellData(row);
                most = Math.max(most, width(value == null ? "" : value.toString(), font) + around);
            }
            widest.put(column, most);
            column.setMinWidth(elastic.contains(column) ? title : most);
            if (!elastic.contains(column)) {
                column.setPrefWidth(most);
                room -= most;
            }
        }
        List<TableColumn<S, ?>> flexible = table.getColumns().stream().filter(elastic::contains)
                .sorted(Comparator.comparingDouble(widest::get)).toList();
        for (int i = 0; i < flexible.size(); i++) {
            TableColumn<S, ?> column = flexible.get(i);
            double share = room / (flexible.size() - i);
            double width = Math.max(column.getMinWidth(), Math.min(widest.get(column), share));
            column.setPrefWidth(width);
            room -= width;
        }
        if (room > 0 && !table.getColumns().isEmpty()) {
            TableColumn<S, ?> last = table.getColumns().getLast();
            last.setPrefWidth(last.getPrefWidth() + room);
        }
        return font;
    }

    /**
     * Room a column's cells draw around their text beyond a plain cell's, in em (a badge's own
     * padding, say), so its values stay whole.
     */
    public static void extra(TableColumn<?, ?> column, double em) {
        column.getProperties().put(EXTRA, em);
    }

    /** Cells that may elide long user data ({@code elides} opts them out of the layout check), the whole text as a tooltip. */
    public static <S> void elides(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add(ELIDES); // the cells only: the header must still fit
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
    }

    /** The font the cells are drawn in once CSS applied them; null while there is no cell. */
    private static Font cellFont(TableView<?> table) {
        Node cell = table.lookup(".table-cell");
        return cell instanceof Labeled labeled ? labeled.getFont() : null;
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
