package io.github.saasmetrics.table;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.saasmetrics.limits.Limits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One row of a {@link ResultTable}: the group it belongs to, whether it is a data row or the total
 * row, and its cells, one per column, of the column's {@linkplain ColumnType#javaType() type}; a null
 * cell is undefined or missing.
 *
 * <p>A table's rows are validated by its builder; a row on its own only checks its shape.
 *
 * <p>The JSON form writes each cell in the form its column type gives it (see {@link ColumnType}):
 * {@code {"group":"2024","kind":"DATA","cells":["2024-03","USD 1234.50",{"numerator":4,"denominator":15}]}}.
 * A row read from JSON on its own holds those JSON values (strings, numbers, maps); a
 * {@link ResultTable} read from JSON reads them back as typed cells through its columns.
 *
 * <p>This record is immutable and thread-safe when its cells are (the cells of a table's rows are).
 *
 * @param group the name of the group the row belongs to, such as a year or a segment; null for none,
 *     and always null for the total row
 * @param kind whether the row is a data row or the total row, not null
 * @param cells the cells, one per column, not null; null cells allowed; copied into an unmodifiable list
 */
@JsonPropertyOrder({"group", "kind", "cells"})
public record Row(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String group, RowKind kind,
        List<Object> cells) {

    /**
     * Validates the parts and copies the cells.
     *
     * @throws IllegalArgumentException if the total row has a group
     * @throws NullPointerException if {@code kind} or {@code cells} is null
     */
    public Row {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cells, "cells");
        if (kind == RowKind.TOTAL && group != null) {
            throw new IllegalArgumentException("the total row belongs to no group but had group '"
                    + Limits.quote(group) + "'");
        }
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    @JsonCreator
    private static Row fromJson(@JsonProperty("group") @Nullable String group, @JsonProperty("kind") RowKind kind,
            @JsonProperty("cells") List<Object> cells) {
        return new Row(group, kind, cells);
    }

    /**
     * The cells as JSON writes them, each in its type's JSON form.
     *
     * @return the JSON values, not null
     */
    @JsonProperty("cells")
    List<Object> jsonCells() {
        List<Object> out = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            out.add(Cells.toJson(cell));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether this is the total row.
     *
     * @return true for {@link RowKind#TOTAL}
     */
    public boolean total() {
        return kind == RowKind.TOTAL;
    }

    /**
     * One cell.
     *
     * @param column the column index, from 0
     * @return the cell, null when undefined or missing
     * @throws IndexOutOfBoundsException if there is no such column
     */
    @Nullable
    public Object cell(int column) {
        return cells.get(column);
    }
}
