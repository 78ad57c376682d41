// What dialoog needs from SQLite's C interface that Swift cannot call itself: sqlite3_db_config
// is variadic, and Swift does not import variadic C functions.
#include <sqlite3.h>

// Switches the connection's triggers off (0) or on (1); returns SQLITE_OK or an error code.
// Foreign keys' ON DELETE CASCADE is not a trigger and keeps working.
static inline int dialoog_sqlite_set_triggers(sqlite3 *db, int on) {
    int now = -1;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, &now);
}
