// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dialoog",
    products: [
        .executable(name: "dialoog", targets: ["dialoog"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
    ],
    targets: [
        // The system ncursesw, with a shim for the macros and globals Swift cannot import.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The one call into SQLite's C interface Swift cannot make (a variadic function).
        .systemLibrary(
            name: "CSQLiteShim",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Model, content loading with diagnostics, state and the pure reducer: no curses, no database.
        .target(name: "DialoogCore", dependencies: ["Yams"]),
        // Cells, screens, keys, the keymap and the screens as pure render functions.
        // Reads content files from disk; Core parses them from strings.
        .target(name: "DialoogFiles", dependencies: ["DialoogCore"]),
        .target(name: "DialoogTUI", dependencies: ["DialoogCore", "DialoogPrint"]),
        // Printed and exported documents (the reports, the printed plan, the bibliotheek's pages) and
        // their words; no screens. DialoogTUI draws the same documents on screen.
        .target(name: "DialoogPrint", dependencies: ["DialoogCore", .product(name: "Plot", package: "Plot")]),
        // The only Swift code that imports curses.
        .target(name: "DialoogCurses", dependencies: ["CNCurses", "DialoogTUI"]),
        // GRDB over the system SQLite: the database, migrations, records and queries.
        .target(
            name: "DialoogStore",
            dependencies: ["DialoogCore", "CSQLiteShim", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The age file format (age-encryption.org/v1) for bundles and backups: X25519 and scrypt
        // recipients, the header MAC and the STREAM payload, on swift-crypto. No app words here.
        .target(
            name: "DialoogAge",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Commands, the run loop, the effect runner and the environment.
        .target(
            name: "DialoogApp",
            dependencies: [
                "DialoogCore", "DialoogFiles", "DialoogPrint", "DialoogTUI", "DialoogCurses", "DialoogStore",
                "DialoogAge", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dialoog", dependencies: ["DialoogApp"],
            linkerSettings: [
                // lld (shipped with the Swift toolchain) can pack relative relocations: the
                // loader then reads a few kilobytes instead of a 1.9 MB table at every start,
                // which keeps the first frame under 20 MB (README, Decisions). glibc 2.36+.
                // --no-export-dynamic: nothing loads dialoog as a library, yet its 10,000
                // package symbols filled a dynamic symbol table the loader paged in (0.9 MB).
                .unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux])),
                .unsafeFlags(
                    ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Measures start-up, render time and bytes per tick for `make bench`.
        .executableTarget(
            name: "dialoog-bench",
            dependencies: [
                "DialoogApp", "DialoogCurses", "DialoogTUI", "DialoogCore", "DialoogStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/dialoog-bench"
        ),
        // Fixtures and the snapshot helper the test targets share.
        .target(
            name: "DialoogTestSupport", dependencies: ["DialoogCore", "DialoogFiles", "DialoogTUI"],
            path: "Tests/DialoogTestSupport", exclude: ["App"]),
        // What the run-loop and command-line suites share: a laptop, the built binary, the loop.
        // Apart, so the Core and TUI tests do not link the app, curses and the database.
        .target(
            name: "DialoogAppTestSupport",
            dependencies: [
                "DialoogApp", "DialoogCore", "DialoogTUI", "DialoogStore", "DialoogTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/DialoogTestSupport/App"),
        .testTarget(name: "DialoogCoreTests", dependencies: ["DialoogCore", "DialoogFiles", "DialoogTestSupport"]),
        .testTarget(
            name: "DialoogTUITests",
            dependencies: ["DialoogTUI", "DialoogPrint", "DialoogCore", "DialoogTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "DialoogPrintTests", dependencies: ["DialoogPrint", "DialoogCore", "DialoogTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "DialoogStoreTests",
            dependencies: [
                "DialoogStore", "DialoogCore", "DialoogTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Snapshots"]
        ),
        // The only tests of DialoogCurses code that need no terminal: decoding what ncurses reads.
        .testTarget(name: "DialoogCursesTests", dependencies: ["DialoogCurses", "DialoogTUI"]),
        // The age format on its own, and against the `age` tool from Debian in both directions.
        .testTarget(name: "DialoogAgeTests", dependencies: ["DialoogAge"]),
        .testTarget(
            name: "DialoogAppTests",
            dependencies: [
                "DialoogApp", "DialoogTUI", "DialoogPrint", "DialoogCore", "DialoogStore", "DialoogTestSupport",
                "DialoogAppTestSupport",
            ]
        ),
    ]
)
