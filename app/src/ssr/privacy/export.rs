//! Everything held about one person, read by the registry: each table's personal columns that a
//! person's export shows, for the rows `ROWS_OF_PERSON` says are theirs. A column added to the
//! registry is in the export without a line here.

use serde_json::{Map, Value};
use sqlx::{AnyConnection, Row};

use super::{PERSONAL, ROWS_OF_PERSON, rows_of_person};

/// The person's data by table: `{"registrations": [{"phone": "…", …}], …}`.
/// With `address_proven` false (a parent's link), what belongs to the address stays out.
pub async fn of_person(conn: &mut AnyConnection, participant_id: i64, address_proven: bool) -> sqlx::Result<Value> {
    let mut tables = Map::new();
    for (table, condition, context) in ROWS_OF_PERSON {
        let personal = PERSONAL.iter().filter(|p| p.table == *table && p.exported).map(|p| p.column);
        let columns: Vec<&str> = context.iter().copied().chain(personal).collect();
        let condition = rows_of_person(condition, address_proven);
        let sql = format!("SELECT {} FROM {table} WHERE {condition} LIMIT 10000", columns.join(", "));
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(participant_id).fetch_all(&mut *conn).await?;
        let rows: Vec<Value> = rows
            .iter()
            .map(|row| {
                let fields =
                    columns.iter().enumerate().map(|(index, column)| ((*column).to_owned(), value(row, index)));
                Value::Object(fields.collect())
            })
            .collect();
        tables.insert((*table).to_owned(), Value::Array(rows));
    }
    Ok(Value::Object(tables))
}

/// A column's value as it is stored: a number, a text or nothing.
fn value(row: &sqlx::any::AnyRow, index: usize) -> Value {
    if let Ok(number) = row.try_get::<Option<i64>, _>(index) {
        return number.map_or(Value::Null, Value::from);
    }
    row.try_get::<Option<String>, _>(index).ok().flatten().map_or(Value::Null, Value::from)
}
