// swift-tools-version:6.1
import PackageDescription

// Built and tested on Linux only: the file layer calls Glibc directly, so no Apple platform is declared.
let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierEvents", targets: ["DossierEvents"]),
        .library(name: "DossierLog", targets: ["DossierLog"]),
        .library(name: "DossierExtraction", targets: ["DossierExtraction"]),
        .library(name: "DossierProjection", targets: ["DossierProjection"]),
        .library(name: "DossierReplica", targets: ["DossierReplica"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // System zlib (CRC32 framing, block compression of sealed segments).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Event types, canonical encoding, ids. No I/O.
        .target(name: "DossierEvents", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),

        // Segmented per-author log, identity, audit.
        .target(
            name: "DossierLog",
            dependencies: [
                "DossierEvents", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // Pure text → extraction. Depends on events only.
        .target(name: "DossierExtraction", dependencies: ["DossierEvents"]),

        // The SQLite entity graph: a deterministic function of the set of events.
        // The only target that imports GRDB.
        .target(
            name: "DossierProjection",
            dependencies: [
                "DossierEvents", "DossierLog",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),

        // The application layer: one store opened for use, with every use case as a method
        // (ingest, curation, redaction, re-extraction, the projection's life cycle).
        .target(
            name: "DossierReplica",
            dependencies: [
                "DossierEvents", "DossierLog", "DossierExtraction", "DossierProjection",
            ]),

        // Sync between replicas: negotiation state machine, wire/bundle format, request
        // signing, peer list, and the HTTP client (AsyncHTTPClient).
        .target(
            name: "DossierSync",
            dependencies: [
                "DossierEvents", "DossierLog",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]),

        // The sync HTTP server. The only target that imports Hummingbird.
        .target(
            name: "DossierServer",
            dependencies: [
                "DossierReplica", "DossierProjection", "DossierSync", "DossierLog", "DossierEvents",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),

        // The command line: thin commands over the libraries.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierEvents", "DossierLog", "DossierExtraction", "DossierProjection", "DossierReplica",
                "DossierSync", "DossierServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmark driver for the projection (ops/bench/projection).
        .executableTarget(
            name: "dossier-bench-projection", dependencies: ["DossierEvents", "DossierLog", "DossierProjection"],
            path: "ops/bench/projection-driver"),

        // Benchmark driver for curation (ops/bench/curation).
        .executableTarget(
            name: "dossier-bench-curation", dependencies: ["DossierEvents", "DossierLog", "DossierProjection"],
            path: "ops/bench/curation-driver"),

        // Store generator for the sync benchmark (ops/bench/sync).
        .executableTarget(
            name: "dossier-bench-sync", dependencies: ["DossierEvents", "DossierLog"], path: "ops/bench/sync-driver"),

        // Trains the entity tagger (ops/train/train-tagger).
        .executableTarget(
            name: "dossier-train-tagger", dependencies: ["DossierExtraction"], path: "ops/train/tagger-driver"),

        // Extraction speed and model load time without the CLI (ops/bench/extract).
        .executableTarget(
            name: "dossier-bench-extract", dependencies: ["DossierExtraction", "DossierEvents"],
            path: "ops/bench/extract-driver"),

        // Test helpers shared by the test targets (JSON Schema validation, repository paths, the
        // in-memory sync replica).
        .target(
            name: "DossierTestSupport", dependencies: ["DossierEvents", "DossierLog", "DossierSync"],
            path: "Tests/DossierTestSupport"),
        // Fuzz entry points (ops/fuzz) and their replay driver; the regressions replay in tests.
        .target(
            name: "DossierFuzzTargets",
            dependencies: [
                "DossierEvents", "DossierLog", "DossierExtraction", "DossierSync", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(name: "dossier-fuzz", dependencies: ["DossierFuzzTargets"], path: "ops/fuzz/driver"),
        .testTarget(
            name: "DossierFuzzTests",
            dependencies: ["DossierFuzzTargets", "DossierTestSupport", "DossierEvents", "DossierLog", "DossierSync"]),

        // Crash-injection harness (ops/crash).
        .executableTarget(
            name: "dossier-crash", dependencies: ["DossierEvents", "DossierLog"], path: "ops/crash/driver"),

        // Benchmark driver for the log (ops/bench/log).
        .executableTarget(
            name: "dossier-bench-log", dependencies: ["DossierEvents", "DossierLog"], path: "ops/bench/log-driver"),

        .testTarget(name: "DossierEventsTests", dependencies: ["DossierEvents", "DossierTestSupport"]),
        .testTarget(name: "DossierLogTests", dependencies: ["DossierLog", "DossierEvents"]),
        .testTarget(
            name: "DossierExtractionTests", dependencies: ["DossierExtraction", "DossierTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "DossierProjectionTests",
            dependencies: ["DossierProjection", "DossierLog", "DossierEvents", "DossierTestSupport"]),
        .testTarget(
            name: "DossierSyncTests",
            dependencies: ["DossierSync", "DossierLog", "DossierEvents", "DossierProjection", "DossierTestSupport"]),
        .testTarget(
            name: "DossierServerTests",
            dependencies: [
                "DossierServer", "DossierReplica", "DossierProjection", "DossierSync", "DossierLog", "DossierEvents",
                "DossierFuzzTargets", "DossierTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "DossierReplicaTests",
            dependencies: [
                "DossierReplica", "DossierExtraction", "DossierProjection", "DossierLog", "DossierEvents",
                "DossierTestSupport",
            ]),
        .testTarget(
            name: "DossierCLITests", dependencies: ["dossier", "DossierLog", "DossierEvents", "DossierTestSupport"]),
    ]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
