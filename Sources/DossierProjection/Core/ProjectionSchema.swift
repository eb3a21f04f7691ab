import Foundation
import GRDB

/// The projection's SQL, exactly as in `Schemas/projection.sql` (a test keeps them equal).
enum ProjectionSchema {
    /// Bumped whenever the SQL changes; a projection built by another version is rebuilt.
    static let version = "4"

    /// Creates the tables (and the secondary indexes when `indexes`; a build adds those last)
    /// and records the schema version.
    static func create(_ db: Database, indexes: Bool) throws {
        try db.execute(sql: indexes ? sql : tables.joined(separator: ";\n"))
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('schema', ?)", arguments: [version])
    }

    /// The CREATE statements without the secondary indexes (a ``ProjectionBuilder`` adds those last).
    static var tables: [String] { statements.filter { !$0.hasPrefix("CREATE INDEX") } }
    /// The CREATE INDEX statements.
    static var indexes: [String] { statements.filter { $0.hasPrefix("CREATE INDEX") } }
    /// The statements of ``sql``, comment lines dropped.
    static var statements: [String] {
        sql.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("--") }.joined(
            separator: "\n"
        )
        .components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    /// The script that creates an empty projection.
    static let sql = #"""
        -- Dossier projection, schema 1. A disposable SQLite database built from the event log.
        -- Keys are content-derived: an article's key is the first 63 bits of its id
        -- (SHA-256 of the body), an entity's key the first 63 bits of SHA-256 of its id, an
        -- extraction's key the first 63 bits of its event id; so every row is a function of the
        -- set of events, whatever their arrival order. Spans are [start, end) in Unicode scalars:
        -- substr(body, start + 1, end - start) is the surface.

        -- One row per article id. Metadata from the earliest ingestion event by (hlc, event id);
        -- body NULL while only an extraction of the article is held.
        CREATE TABLE articles (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL,
          title TEXT,
          language TEXT,
          source TEXT,
          published TEXT,
          ingested_at INTEGER,
          body TEXT,
          ingest_event TEXT,
          ingest_hlc INTEGER,
          extraction INTEGER
        );

        -- Full text search over titles and bodies, in 16 shards by article key (search_K holds the
        -- articles whose key >> 59 is K; external content: the view search_text_K over articles).
        -- Erasing an article (redaction) rewrites only its shard's index, so that no term of the
        -- body is left in the shadow tables, at a sixteenth of the cost of the whole index.
        CREATE VIEW search_text_0 AS SELECT key, title, body FROM articles WHERE key >= 0 AND key < 576460752303423488;
        CREATE VIRTUAL TABLE search_0 USING fts5(title, body, content='search_text_0', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_1 AS SELECT key, title, body FROM articles WHERE key >= 576460752303423488 AND key < 1152921504606846976;
        CREATE VIRTUAL TABLE search_1 USING fts5(title, body, content='search_text_1', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_2 AS SELECT key, title, body FROM articles WHERE key >= 1152921504606846976 AND key < 1729382256910270464;
        CREATE VIRTUAL TABLE search_2 USING fts5(title, body, content='search_text_2', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_3 AS SELECT key, title, body FROM articles WHERE key >= 1729382256910270464 AND key < 2305843009213693952;
        CREATE VIRTUAL TABLE search_3 USING fts5(title, body, content='search_text_3', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_4 AS SELECT key, title, body FROM articles WHERE key >= 2305843009213693952 AND key < 2882303761517117440;
        CREATE VIRTUAL TABLE search_4 USING fts5(title, body, content='search_text_4', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_5 AS SELECT key, title, body FROM articles WHERE key >= 2882303761517117440 AND key < 3458764513820540928;
        CREATE VIRTUAL TABLE search_5 USING fts5(title, body, content='search_text_5', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_6 AS SELECT key, title, body FROM articles WHERE key >= 3458764513820540928 AND key < 4035225266123964416;
        CREATE VIRTUAL TABLE search_6 USING fts5(title, body, content='search_text_6', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_7 AS SELECT key, title, body FROM articles WHERE key >= 4035225266123964416 AND key < 4611686018427387904;
        CREATE VIRTUAL TABLE search_7 USING fts5(title, body, content='search_text_7', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_8 AS SELECT key, title, body FROM articles WHERE key >= 4611686018427387904 AND key < 5188146770730811392;
        CREATE VIRTUAL TABLE search_8 USING fts5(title, body, content='search_text_8', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_9 AS SELECT key, title, body FROM articles WHERE key >= 5188146770730811392 AND key < 5764607523034234880;
        CREATE VIRTUAL TABLE search_9 USING fts5(title, body, content='search_text_9', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_10 AS SELECT key, title, body FROM articles WHERE key >= 5764607523034234880 AND key < 6341068275337658368;
        CREATE VIRTUAL TABLE search_10 USING fts5(title, body, content='search_text_10', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_11 AS SELECT key, title, body FROM articles WHERE key >= 6341068275337658368 AND key < 6917529027641081856;
        CREATE VIRTUAL TABLE search_11 USING fts5(title, body, content='search_text_11', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_12 AS SELECT key, title, body FROM articles WHERE key >= 6917529027641081856 AND key < 7493989779944505344;
        CREATE VIRTUAL TABLE search_12 USING fts5(title, body, content='search_text_12', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_13 AS SELECT key, title, body FROM articles WHERE key >= 7493989779944505344 AND key < 8070450532247928832;
        CREATE VIRTUAL TABLE search_13 USING fts5(title, body, content='search_text_13', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_14 AS SELECT key, title, body FROM articles WHERE key >= 8070450532247928832 AND key < 8646911284551352320;
        CREATE VIRTUAL TABLE search_14 USING fts5(title, body, content='search_text_14', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        CREATE VIEW search_text_15 AS SELECT key, title, body FROM articles WHERE key >= 8646911284551352320;
        CREATE VIRTUAL TABLE search_15 USING fts5(title, body, content='search_text_15', content_rowid='key', tokenize='unicode61 remove_diacritics 2');

        -- Every ArticleExtracted event held; the article's winner has the highest version
        -- (ties: lowest author, then lowest event id) and is named by articles.extraction.
        CREATE TABLE extractions (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL,
          article INTEGER NOT NULL,
          author TEXT NOT NULL,
          extractor TEXT NOT NULL,
          version INTEGER NOT NULL,
          hlc INTEGER NOT NULL
        );

        CREATE INDEX extractions_article ON extractions(article);

        -- Entities mentioned by winning extractions. label and type: the most common among the
        -- articles that mention it (ties: smallest). mentions and articles are counts. type is one of
        -- PERSON, ORG, PLACE, EVENT: an extraction's entity of any other type is not projected, and an
        -- EntityTypeSet to any other type has no effect on what queries show.
        CREATE TABLE entities (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL,
          type TEXT NOT NULL,
          label TEXT NOT NULL,
          mentions INTEGER NOT NULL,
          articles INTEGER NOT NULL
        );

        CREATE INDEX entities_type ON entities(type, mentions);

        -- Labels and types given to an entity, with the number of articles giving each.
        CREATE TABLE entity_names (
          entity INTEGER NOT NULL,
          type TEXT NOT NULL,
          label TEXT NOT NULL,
          fold TEXT NOT NULL,
          articles INTEGER NOT NULL,
          PRIMARY KEY (entity, type, label)
        ) WITHOUT ROWID;

        CREATE INDEX entity_names_fold ON entity_names(fold);

        -- Surfaces under which an entity is mentioned, with mention counts.
        CREATE TABLE aliases (
          entity INTEGER NOT NULL,
          alias TEXT NOT NULL,
          fold TEXT NOT NULL,
          mentions INTEGER NOT NULL,
          PRIMARY KEY (entity, alias)
        ) WITHOUT ROWID;

        CREATE INDEX aliases_fold ON aliases(fold);

        -- Entity mentions with provenance: article, span, and the extraction event (extractions.key).
        CREATE TABLE mentions (
          article INTEGER NOT NULL,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          entity INTEGER NOT NULL,
          event INTEGER NOT NULL,
          PRIMARY KEY (article, start, "end", entity)
        ) WITHOUT ROWID;

        -- Which entities each article mentions, how often, first offset, and the label and type it gives.
        CREATE TABLE article_entities (
          entity INTEGER NOT NULL,
          article INTEGER NOT NULL,
          mentions INTEGER NOT NULL,
          first INTEGER NOT NULL,
          type TEXT NOT NULL,
          label TEXT NOT NULL,
          PRIMARY KEY (entity, article)
        ) WITHOUT ROWID;

        -- An entity's articles, most mentions first (show's top articles without a sort).
        CREATE INDEX article_entities_top ON article_entities(entity, mentions DESC);

        -- Dates (kind 'date', ISO value or NULL) and quantities (kind 'quantity', decimal value, unit).
        CREATE TABLE value_mentions (
          article INTEGER NOT NULL,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          kind TEXT NOT NULL,
          value TEXT,
          unit TEXT,
          event INTEGER NOT NULL,
          PRIMARY KEY (article, start, "end", kind)
        ) WITHOUT ROWID;

        -- Relations (subject, predicate, object) with the evidence span and the extraction event.
        CREATE TABLE facts (
          article INTEGER NOT NULL,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          subject TEXT NOT NULL,
          predicate TEXT NOT NULL,
          object TEXT NOT NULL,
          "when" TEXT,
          event INTEGER NOT NULL,
          PRIMARY KEY (article, start, "end", subject, predicate, object)
        ) WITHOUT ROWID;

        -- An entity's facts in listing order (dated first) straight from the index.
        CREATE INDEX facts_subject ON facts(subject, "when");

        CREATE INDEX facts_object ON facts(object, "when");

        CREATE INDEX facts_predicate ON facts(predicate);

        -- Attributed statements: who said the span, with which cue.
        CREATE TABLE statements (
          article INTEGER NOT NULL,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          speaker TEXT NOT NULL,
          cue TEXT NOT NULL,
          event INTEGER NOT NULL,
          PRIMARY KEY (article, start, "end", speaker)
        ) WITHOUT ROWID;

        -- Merges proposed by extractors (never applied by the projection).
        CREATE TABLE merge_candidates (
          article INTEGER NOT NULL,
          a TEXT NOT NULL,
          b TEXT NOT NULL,
          reason TEXT NOT NULL,
          score INTEGER NOT NULL,
          PRIMARY KEY (article, a, b, reason)
        ) WITHOUT ROWID;

        -- Co-mention edges, stored in both directions: weight = number of articles mentioning both.
        CREATE TABLE edges (
          source INTEGER NOT NULL,
          target INTEGER NOT NULL,
          weight INTEGER NOT NULL,
          PRIMARY KEY (source, target)
        ) WITHOUT ROWID;

        CREATE INDEX edges_strongest ON edges(source, weight DESC);

        -- Curation events, one row per event held: kind is label, type, merge, fact or
        -- mention (registers: last writer wins by (hlc, author, event)), alias/unalias (an
        -- observed-remove set) or redact. target: entity id, fact id, mention id (ARTICLE:START-END)
        -- or article id; value: what is written (NULL: none, i.e. unmerged or restored); refs: the
        -- space-separated event ids it supersedes, removes, undoes or erases (Schemas/curation.md).
        -- A rowid table: rows are appended in arrival order (its rowid is in no query and not in the
        -- digest), and only the small index on event takes random inserts.
        CREATE TABLE curation (
          event TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          kind TEXT NOT NULL,
          target TEXT NOT NULL,
          value TEXT,
          refs TEXT NOT NULL,
          reason TEXT,
          article TEXT,
          hlc INTEGER NOT NULL,
          author TEXT NOT NULL
        );

        CREATE INDEX curation_target ON curation(target, kind);

        -- The redacted articles, read before every batch that carries articles (no other row enters it).
        CREATE INDEX curation_redactions ON curation(target) WHERE kind = 'redact';

        -- What curation currently does, derived from all curation rows: label, type, fact
        -- ('retracted'), mention (the entity), merge (the representative), alias, unalias (an
        -- extracted alias hidden). applied = 1 when the target exists in the projection, 0 while the
        -- edit waits for it (not synced yet, or gone after a re-extraction).
        CREATE TABLE curation_effects (
          kind TEXT NOT NULL,
          target TEXT NOT NULL,
          value TEXT NOT NULL,
          event TEXT NOT NULL,
          applied INTEGER NOT NULL,
          PRIMARY KEY (kind, target, value)
        ) WITHOUT ROWID;

        -- Concurrent writes to one register, resolved by rule (winner: the write with the largest
        -- (hlc, author, event)), kept for review until a ConflictResolved supersedes them. losers:
        -- space-separated event ids.
        CREATE TABLE conflicts (
          id TEXT PRIMARY KEY,
          target TEXT NOT NULL,
          kind TEXT NOT NULL,
          winner TEXT NOT NULL,
          losers TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Bookkeeping for redaction, outside the digest: every ArticleIngested/ArticleExtracted
        -- event held, by article key, so that a redaction can erase all of them.
        CREATE TABLE curation_sources (
          article INTEGER NOT NULL,
          event TEXT NOT NULL,
          author TEXT NOT NULL,
          seq INTEGER NOT NULL,
          PRIMARY KEY (article, event)
        ) WITHOUT ROWID;

        -- Bookkeeping, outside the digest: how far each author's log is applied (same
        -- transaction as the rows), and the schema version.
        CREATE TABLE checkpoints (
          author TEXT PRIMARY KEY,
          seq INTEGER NOT NULL,
          event TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) WITHOUT ROWID;
        """#
}
