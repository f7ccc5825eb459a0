package com.roamvault.attack;

import java.util.List;

/** The one table the suite prints: what was tried and what got through. */
final class AttackTable {
    private static final String[] HEADER = {"category", "tried", "attempts", "got through", "detail"};

    private AttackTable() {
    }

    static String render(List<AttackRow> rows, AttackScale scale) {
        List<String[]> cells = new java.util.ArrayList<>();
        cells.add(HEADER);
        for (AttackRow r : rows) {
            cells.add(new String[] {r.category(), r.tried(), String.format("%,d", r.attempts()),
                    String.format("%,d", r.failures()), r.detail()});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("Attack suite (" + scale.describe() + ")\n");
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 2 || i == 3;
                String cell = number ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                out.append(i == 0 ? "| " : " | ").append(cell);
            }
            out.append(" |\n");
            if (r == 0) {
                for (int w : width) {
                    out.append("|").append("-".repeat(w + 2));
                }
                out.append("|\n");
            }
        }
        long through = rows.stream().mapToLong(AttackRow::failures).sum();
        long tried = rows.stream().mapToLong(AttackRow::attempts).sum();
        out.append(String.format("%,d attempts, %,d got through%n", tried, through));
        return out.toString();
    }
}
