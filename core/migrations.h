#pragma once

#include "types.h"

#include <QSqlDatabase>

// The numbered schema steps. Each runs inside the transaction Database::migrate opens.
namespace rapport::migrations {

[[nodiscard]] Status migrateTo1(QSqlDatabase &db);
[[nodiscard]] Status migrateTo2(QSqlDatabase &db);
Status migrateTo3(QSqlDatabase &db);
[[nodiscard]] Status migrateTo4(QSqlDatabase &db);
[[nodiscard]] Status migrateTo5(QSqlDatabase &db);
[[nodiscard]] Status migrateTo6(QSqlDatabase &db);
[[nodiscard]] Status migrateTo7(QSqlDatabase &db);
[[nodiscard]] Status migrateTo8(QSqlDatabase &db);
[[nodiscard]] Status migrateTo9(QSqlDatabase &db);

} // namespace rapport::migrations
