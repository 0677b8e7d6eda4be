//! A year's registrations of a site as anonymous figures: what retention already counted
//! (`privacy_counts`) and what is still stored, by area, age band and gender, each table published
//! with small counts hidden (`domain::figures`).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use sqlx::AnyConnection;

use crate::domain::offer::Category;
use crate::domain::registration::{Gender, age_in};
use crate::domain::schedule::{day_start, local_instant, zone};
use crate::ssr::privacy::retention::{AGE_BANDS, age_band};

/// Confirmed registrations by area, age band and gender.
pub type Counts = BTreeMap<(String, String, String), i64>;

/// The year's counts of site `site_id` (in its time zone).
pub async fn of_year(conn: &mut AnyConnection, (site_id, time_zone): (i64, &str), year: i32) -> sqlx::Result<Counts> {
    let mut counts = Counts::new();
    let stored: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT category, age_band, gender, CAST(SUM(count) AS BIGINT) FROM privacy_counts
         WHERE site_id = $1 AND measure = 'registrations' AND period >= $2 AND period <= $3
         GROUP BY category, age_band, gender",
    )
    .bind(site_id)
    .bind(format!("{year:04}-01"))
    .bind(format!("{year:04}-12"))
    .fetch_all(&mut *conn)
    .await?;
    for (category, band, gender, count) in stored {
        *counts.entry((category, band, gender)).or_default() += count;
    }
    let zone = zone(time_zone);
    let day = |year| NaiveDate::from_ymd_opt(year, 1, 1).map_or(0, |first| day_start(zone, first));
    // Still stored: counted the way retention will count them (age in the year of registering).
    let live: Vec<(String, i64, String, i64)> = sqlx::query_as(
        "SELECT o.category, p.birth_year, r.gender, r.created_at
         FROM registrations r JOIN participants p ON p.id = r.participant_id JOIN offers o ON o.id = r.offer_id
         WHERE o.site_id = $1 AND r.status = 'confirmed' AND r.restricted_at IS NULL
           AND r.created_at >= $2 AND r.created_at < $3",
    )
    .bind(site_id)
    .bind(day(year))
    .bind(day(year + 1))
    .fetch_all(&mut *conn)
    .await?;
    for (category, birth_year, gender, created_at) in live {
        let registered = i64::from(local_instant(created_at, zone).year());
        *counts.entry((category, age_band(age_in(registered, birth_year)).to_owned(), gender)).or_default() += 1;
    }
    Ok(counts)
}

/// The two tables of a year: area by age band, and area by gender, with the codes of their
/// rows and columns.
pub struct Tables {
    pub areas: Vec<&'static str>,
    pub by_age: Vec<Vec<i64>>,
    pub by_gender: Vec<Vec<i64>>,
}

pub fn tables(counts: &Counts) -> Tables {
    let areas: Vec<&'static str> = Category::ALL.iter().map(|category| category.code()).collect();
    let sum = |area: &str, matches: &dyn Fn(&str, &str) -> bool| -> i64 {
        counts.iter().filter(|((a, band, gender), _)| a == area && matches(band, gender)).map(|(_, count)| count).sum()
    };
    let by_age =
        areas.iter().map(|area| AGE_BANDS.iter().map(|b| sum(area, &|band, _| band == *b)).collect()).collect();
    let by_gender = areas
        .iter()
        .map(|area| Gender::ALL.iter().map(|g| sum(area, &|_, gender| gender == g.code())).collect())
        .collect();
    Tables { areas, by_age, by_gender }
}
