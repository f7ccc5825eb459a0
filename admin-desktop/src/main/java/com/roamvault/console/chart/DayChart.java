package com.roamvault.console.chart;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Events per day as bars, one per day of {@code days} (oldest first), kept in step with the list. */
public final class DayChart {
    private DayChart() {
    }

    public static BarChart<String, Number> build(String id, ObservableList<DayBar> days) {
        CategoryAxis axis = new CategoryAxis();
        axis.setLabel("Day (UTC)");
        NumberAxis count = new NumberAxis(); // no label: the chart's title says what it counts
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new NumberAxis.DefaultFormatter(count) {
            @Override
            public String toString(Number value) {
                // counts are whole: "20", and no "2.5" ticks
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }
        });
        BarChart<String, Number> chart = new BarChart<>(axis, count);
        chart.setId(id);
        chart.getStyleClass().add("day-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false); // a refresh replaces the data; bars growing each time would only distract
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        chart.setVerticalGridLinesVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Events");
        chart.getData().add(series);
        Runnable show = () -> series.getData().setAll(days.stream()
                .map(day -> new XYChart.Data<String, Number>(day.label(), day.count())).toList());
        days.addListener((ListChangeListener<DayBar>) change -> show.run());
        show.run();
        return chart;
    }
}
