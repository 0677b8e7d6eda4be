//! Anonymous figures in a table of two characteristics with totals (say, area by age band). A
//! count of 1 to 4 could point to a person, so such a cell is hidden; and because a hidden cell
//! could be worked out from its line's total and the other cells, more cells are hidden with it
//! (complementary suppression) until every line with a hidden cell has at least two.

/// The smallest count that is shown (the usual rule of official youth statistics).
pub const MIN_SHOWN: i64 = 5;

/// A table as published: `None` where a count is hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Vec<Option<i64>>>,
    pub row_totals: Vec<Option<i64>>,
    pub column_totals: Vec<Option<i64>>,
    pub total: Option<i64>,
}

/// Publishes `cells` (rows of equal length) with their totals, hiding what could point to a
/// person.
pub fn suppress(cells: &[Vec<i64>]) -> Published {
    let width = cells.first().map_or(0, Vec::len);
    // The table with its totals as one grid: the last column holds row totals, the last row column
    // totals, and each line of the grid adds up to its last entry.
    let mut grid: Vec<Vec<i64>> =
        cells.iter().map(|row| row.iter().copied().chain([row.iter().sum()]).collect()).collect();
    let totals: Vec<i64> = (0..=width).map(|column| grid.iter().map(|row| row[column]).sum()).collect();
    grid.push(totals);
    let mut hidden: Vec<Vec<bool>> =
        grid.iter().map(|row| row.iter().map(|count| (1..MIN_SHOWN).contains(count)).collect()).collect();
    let (rows, columns) = (grid.len(), width + 1);
    loop {
        let mut changed = false;
        for line in (0..rows).map(Line::Row).chain((0..columns).map(Line::Column)) {
            let entries: Vec<(usize, usize)> = match line {
                Line::Row(row) => (0..columns).map(|column| (row, column)).collect(),
                Line::Column(column) => (0..rows).map(|row| (row, column)).collect(),
            };
            if entries.iter().filter(|(r, c)| hidden[*r][*c]).count() != 1 {
                continue;
            }
            // Hide the smallest other count that is not zero: a known zero tells nothing.
            let partner = entries
                .iter()
                .filter(|(r, c)| !hidden[*r][*c] && grid[*r][*c] > 0)
                .min_by_key(|(r, c)| (grid[*r][*c], *r == rows - 1 || *c == columns - 1));
            if let Some((r, c)) = partner {
                hidden[*r][*c] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let shown = |r: usize, c: usize| (!hidden[r][c]).then_some(grid[r][c]);
    Published {
        cells: (0..rows - 1).map(|r| (0..width).map(|c| shown(r, c)).collect()).collect(),
        row_totals: (0..rows - 1).map(|r| shown(r, width)).collect(),
        column_totals: (0..width).map(|c| shown(rows - 1, c)).collect(),
        total: shown(rows - 1, width),
    }
}

#[derive(Clone, Copy)]
enum Line {
    Row(usize),
    Column(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a hidden cell could be worked out: it is the only hidden entry of a line.
    fn derivable(published: &Published) -> bool {
        let mut grid: Vec<Vec<Option<i64>>> = published
            .cells
            .iter()
            .zip(&published.row_totals)
            .map(|(row, total)| row.iter().copied().chain([*total]).collect())
            .collect();
        grid.push(published.column_totals.iter().copied().chain([published.total]).collect());
        let rows = grid.iter().map(|row| row.iter().filter(|cell| cell.is_none()).count() == 1);
        let columns =
            (0..grid[0].len()).map(|c| grid.iter().filter(|row| row[c].is_none()).count() == 1).collect::<Vec<_>>();
        rows.chain(columns).any(|single| single)
    }

    #[test]
    fn small_counts_are_hidden_with_a_partner_in_each_line() {
        let published = suppress(&[vec![12, 3, 20], vec![8, 9, 30], vec![0, 7, 6]]);
        assert_eq!(published.cells[0][1], None, "3 is hidden");
        assert!(!derivable(&published), "{published:?}");
        assert_eq!(published.cells[2][0], Some(0), "a zero stays");
        assert_eq!(published.total, Some(95));
    }

    #[test]
    fn a_table_without_small_counts_is_shown_whole() {
        let published = suppress(&[vec![12, 5], vec![0, 30]]);
        assert_eq!(published.cells, vec![vec![Some(12), Some(5)], vec![Some(0), Some(30)]]);
        assert_eq!((published.row_totals.clone(), published.total), (vec![Some(17), Some(30)], Some(47)));
    }

    #[test]
    fn a_lone_small_count_hides_its_total_when_nothing_else_can_cover_it() {
        let published = suppress(&[vec![2, 0], vec![10, 10]]);
        assert_eq!(published.cells[0][0], None);
        assert_eq!(published.row_totals[0], None, "2 + 0 = total");
        assert!(!derivable(&published), "{published:?}");
    }

    #[test]
    fn no_published_table_lets_a_small_count_be_worked_out() {
        // Every 3x3 table with counts from a small set: a cheap exhaustive check of the rule.
        let values = [0, 1, 4, 6];
        for code in 0..values.len().pow(6) {
            let mut rest = code;
            let mut digit = || {
                let value = values[rest % values.len()];
                rest /= values.len();
                value
            };
            let cells = vec![vec![digit(), digit(), digit()], vec![digit(), digit(), digit()]];
            let published = suppress(&cells);
            assert!(!derivable(&published), "{cells:?} → {published:?}");
        }
    }
}
