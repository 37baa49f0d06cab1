#pragma once

#include <QSqlQuery>
#include <QStringList>

/// The run history's tables as schema 1 and 2 wrote them (2 changed no table), for tests that
/// open a history an older Fathom left behind. Written out here, not taken from RunStore: the
/// point is what was on disk then.
inline bool createHistoryTablesOfSchema1(QSqlQuery &q)
{
    const QStringList statements {
        "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, name TEXT, target TEXT, "
        "started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, capacity INTEGER, stop_reason TEXT, "
        "pid INTEGER, profile_json TEXT, config_json TEXT, result_json TEXT)",
        "CREATE TABLE steps (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, idx INTEGER NOT NULL, "
        "level INTEGER NOT NULL, attempt INTEGER NOT NULL, passed INTEGER NOT NULL, json TEXT NOT NULL, "
        "PRIMARY KEY (run_id, idx))",
        "CREATE INDEX runs_started ON runs(started_at)",
    };
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return false;
    return true;
}
