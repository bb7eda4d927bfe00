"""The schema, as numbered migrations.

``PRAGMA user_version`` records how many migrations a database has had;
opening an older file runs the missing ones in one transaction each. A
migration is never edited once released: a change is a new function.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from db.errors import SchemaTooNewError
from db.recent import RECENT

# Version 1: articles and their full-text index.
_V1_ARTICLES = """
        -- One row per distinct article text. The text is the decoded file with
        -- line endings normalised, kept exactly: every offset stored anywhere
        -- (paragraphs, quotes, entities, highlights) points into it. It is
        -- stored zlib-compressed in text_z (db/packing.py); reader_text(text_z)
        -- gives it back in SQL.
        CREATE TABLE articles (
            id           INTEGER PRIMARY KEY,
            path         TEXT UNIQUE,          -- file it was last imported from
            content_hash TEXT NOT NULL UNIQUE, -- sha256 of `text`: dedup key
            text_z       BLOB NOT NULL,
            encoding     TEXT NOT NULL,        -- utf-8, utf-8-sig, utf-16, cp1252
            title        TEXT NOT NULL,
            source       TEXT,
            date         TEXT,                 -- ISO date when stated
            lang         TEXT NOT NULL DEFAULT 'und',
            paragraphs   TEXT NOT NULL DEFAULT '[]', -- JSON [[start, end], ...] of the body
            imported_at  TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX articles_lang ON articles(lang);
        CREATE INDEX articles_date ON articles(date);

        -- External-content FTS5 index over the title and the whole text; the
        -- triggers keep it in step with `articles` inside the same transaction.
        -- cjk_title and cjk_text hold the bigrams of unspaced scripts
        -- (db/cjk.py), computed by the reader_cjk() function that every
        -- connection registers; reader_words() blanks those runs out of the
        -- word columns, where each would be one useless giant token. The view
        -- makes all four readable as content, so FTS5's own 'rebuild' and
        -- 'integrity-check' work.
        CREATE VIEW articles_fts_content AS
            SELECT id, reader_words(title) AS title, reader_words(reader_text(text_z)) AS text,
                   reader_cjk(title) AS cjk_title, reader_cjk(reader_text(text_z)) AS cjk_text
            FROM articles;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, cjk_title, cjk_text,
            content='articles_fts_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, reader_words(new.title), reader_words(reader_text(new.text_z)),
                    reader_cjk(new.title), reader_cjk(reader_text(new.text_z)));
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, reader_words(old.title), reader_words(reader_text(old.text_z)),
                    reader_cjk(old.title), reader_cjk(reader_text(old.text_z)));
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text_z ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, reader_words(old.title), reader_words(reader_text(old.text_z)),
                    reader_cjk(old.title), reader_cjk(reader_text(old.text_z)));
            INSERT INTO articles_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, reader_words(new.title), reader_words(reader_text(new.text_z)),
                    reader_cjk(new.title), reader_cjk(reader_text(new.text_z)));
        END;
"""


# Version 2: what extraction finds and what users attach to articles.
_V2_ANNOTATIONS = """
        ALTER TABLE articles ADD COLUMN caption TEXT;
        ALTER TABLE articles ADD COLUMN byline TEXT;
        ALTER TABLE articles ADD COLUMN read INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;

        -- An entity is what users see as one person, organisation or place;
        -- its variants are rows of entity_aliases. Extraction attaches a
        -- mention to the entity whose alias key matches; a user's merge or
        -- split only moves alias rows, so reindexing keeps it.
        CREATE TABLE entities (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL                 -- PER, ORG, LOC, MISC
        );
        CREATE TABLE entity_aliases (
            key       TEXT NOT NULL,           -- names.entity_key of a variant
            type      TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            name      TEXT NOT NULL,           -- the variant as first seen
            origin    TEXT NOT NULL DEFAULT 'auto', -- auto or user
            PRIMARY KEY (key, type)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

        -- Mentions do not overlap, so (article, start) names one; keyed by it
        -- without a rowid, the table is its own per-article index.
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            entity_id  INTEGER NOT NULL REFERENCES entities(id),
            role       TEXT,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_id, article_id);

        -- Counters readers poll to know when to refresh what they cache:
        -- entities_version moves whenever entities, aliases or mentions do.
        CREATE TABLE meta (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO meta (name, value) VALUES ('entities_version', 0);

        CREATE TABLE quotes (
            id                INTEGER PRIMARY KEY,
            article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start             INTEGER NOT NULL,
            end               INTEGER NOT NULL,
            speaker           TEXT,
            speaker_entity_id INTEGER REFERENCES entities(id),
            cue               TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id, start);
        CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

        CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            origin     TEXT NOT NULL,          -- article (its Tags section) or user
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE INDEX article_tags_tag ON article_tags(tag_id);

        -- A user's highlight keeps its text so that it can be re-anchored
        -- when the article's file changes under it.
        CREATE TABLE highlights (
            id         INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            text       TEXT NOT NULL,
            note       TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX highlights_article ON highlights(article_id, start);
"""


# Version 3: searches a user keeps, and what they searched for lately.
_V3_SEARCHES = """
        CREATE TABLE saved_searches (
            name       TEXT PRIMARY KEY COLLATE NOCASE,
            query      TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE search_history (
            id          INTEGER PRIMARY KEY,
            query       TEXT NOT NULL,
            searched_at TEXT NOT NULL
        );
"""


# Version 4: the full-text index holds an article's title, body, photo
# caption and byline, not the site's chrome kept in its text (``Baca juga:
# <another story's headline>``, ``SCROLL TO CONTINUE``), which made searches
# find stories they only linked to. reader_body() joins the body paragraphs
# extraction found with the caption and byline, so the index follows them:
# a reindex that changes them updates it.
def _indexed(row: str) -> str:
    body = f"reader_body({row}.text_z, {row}.paragraphs, {row}.caption, {row}.byline)"
    return f"reader_words({row}.title), reader_words({body}), reader_cjk({row}.title), reader_cjk({body})"


_V4_BODY_INDEX = f"""
        DROP TRIGGER articles_ai;
        DROP TRIGGER articles_ad;
        DROP TRIGGER articles_au;
        DROP VIEW articles_fts_content;
        CREATE VIEW articles_fts_content AS
            SELECT id, reader_words(title) AS title,
                   reader_words(reader_body(text_z, paragraphs, caption, byline)) AS text,
                   reader_cjk(title) AS cjk_title,
                   reader_cjk(reader_body(text_z, paragraphs, caption, byline)) AS cjk_text
            FROM articles;
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, {_indexed("new")});
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, {_indexed("old")});
        END;
        CREATE TRIGGER articles_au
        AFTER UPDATE OF title, text_z, paragraphs, caption, byline ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, {_indexed("old")});
            INSERT INTO articles_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, {_indexed("new")});
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"""


# Version 5: the recent segment (db/recent.py), a second index over the
# newest articles that makes ranking a common query cheap at any size. Its
# content view is the main one cut at the floor, so FTS5's own 'rebuild' and
# 'integrity-check' work on it too.
_V5_RECENT_INDEX = f"""
        CREATE TABLE recent_floor (id INTEGER NOT NULL);
        INSERT INTO recent_floor SELECT coalesce(max(id), 0) - {RECENT - 1} FROM articles;
        CREATE VIEW recent_fts_content AS
            SELECT * FROM articles_fts_content WHERE id >= (SELECT id FROM recent_floor);
        CREATE VIRTUAL TABLE recent_fts USING fts5(
            title, text, cjk_title, cjk_text,
            content='recent_fts_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER recent_ai AFTER INSERT ON articles
        WHEN new.id >= (SELECT id FROM recent_floor) BEGIN
            INSERT INTO recent_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, {_indexed("new")});
        END;
        CREATE TRIGGER recent_ad AFTER DELETE ON articles
        WHEN old.id >= (SELECT id FROM recent_floor) BEGIN
            INSERT INTO recent_fts(recent_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, {_indexed("old")});
        END;
        CREATE TRIGGER recent_au
        AFTER UPDATE OF title, text_z, paragraphs, caption, byline ON articles
        WHEN old.id >= (SELECT id FROM recent_floor) BEGIN
            INSERT INTO recent_fts(recent_fts, rowid, title, text, cjk_title, cjk_text)
            VALUES ('delete', old.id, {_indexed("old")});
            INSERT INTO recent_fts(rowid, title, text, cjk_title, cjk_text)
            VALUES (new.id, {_indexed("new")});
        END;
        INSERT INTO recent_fts(recent_fts) VALUES ('rebuild');
"""


# Version 6: each entity's article count, kept by triggers on mentions, so
# that the finder weighs 400,000 names without counting 28 million mentions
# each time it loads (30 s at a million articles). An article counts once
# however often it names the entity: a mention raises the count only when it
# is the entity's first in its article, and lowers it when it was the last.
_V6_ENTITY_COUNTS = """
        ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
        UPDATE entities SET articles = (
            SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = entities.id
        );
        CREATE TRIGGER mentions_count_ai AFTER INSERT ON mentions BEGIN
            UPDATE entities SET articles = articles + 1 WHERE id = new.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id
                            AND article_id = new.article_id AND start != new.start);
        END;
        CREATE TRIGGER mentions_count_ad AFTER DELETE ON mentions BEGIN
            UPDATE entities SET articles = articles - 1 WHERE id = old.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id
                            AND article_id = old.article_id);
        END;
        CREATE TRIGGER mentions_count_au AFTER UPDATE OF entity_id, article_id ON mentions
        WHEN old.entity_id != new.entity_id OR old.article_id != new.article_id BEGIN
            UPDATE entities SET articles = articles - 1 WHERE id = old.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id
                            AND article_id = old.article_id);
            UPDATE entities SET articles = articles + 1 WHERE id = new.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id
                            AND article_id = new.article_id AND start != new.start);
        END;
"""

# Version 7: the user's curation of entities (db/curation.py). A hidden
# entity stays in the store, so that a reindex finds it hidden again; the log
# is append-only (the triggers refuse to change or remove an entry): an undo
# is one more entry naming the one it reverts.
_V7_CURATION = """
        ALTER TABLE entities ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE curation_log (
            id     INTEGER PRIMARY KEY,
            at     TEXT NOT NULL,              -- ISO time, UTC
            who    TEXT NOT NULL,              -- the OS user name
            action TEXT NOT NULL,              -- hide, unhide, retype, rename, alias, merge, split, undo
            args   TEXT NOT NULL,              -- JSON: ids and the names they had, for apply
            before TEXT NOT NULL DEFAULT '{}', -- JSON: what it replaced, for undo
            undoes INTEGER REFERENCES curation_log(id)
        );
        CREATE TRIGGER curation_log_keep_au BEFORE UPDATE ON curation_log BEGIN
            SELECT RAISE(ABORT, 'the curation log is append-only');
        END;
        CREATE TRIGGER curation_log_keep_ad BEFORE DELETE ON curation_log BEGIN
            SELECT RAISE(ABORT, 'the curation log is append-only');
        END;
"""


# Version 8: which entity each short form stood for, article by article
# (``Prabowo`` for ``Prabowo Subianto`` where an article names both): the
# evidence that decides, with the whole collection in view, which entity a
# short form alone means (``identity.link_short_forms``) and what a typed
# short name finds (``identity.resolve``).
_V8_SHORT_FORMS = """
        CREATE TABLE short_forms (
            key        TEXT NOT NULL,          -- names.entity_key of the short form
            entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, entity_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX short_forms_entity ON short_forms(entity_id);
        CREATE INDEX short_forms_article ON short_forms(article_id);
        -- The first and last words of each person's name of several words
        -- (`gates` for `Bill Gates`): what a surname or given name typed
        -- alone may mean where no article used it as a short form.
        CREATE TABLE name_parts (
            word      TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (word, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX name_parts_entity ON name_parts(entity_id);
        -- The names articles used since the last pass of
        -- identity.link_short_forms, which reads and empties it.
        CREATE TABLE short_forms_pending (key TEXT PRIMARY KEY) WITHOUT ROWID;
"""

# Version 9: an import's second phase. An article is stored and searchable
# first; its names, quotes and speakers follow in the background, from this
# queue (``db.understanding``), which any process may work through: a claim
# names the process and the time, and the claimant says it is still at
# work (``seen_at``) after every group it stores, so that the work of one
# that died is taken up again.
_V9_UNDERSTANDING_QUEUE = """
        CREATE TABLE understanding_queue (
            article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            lang        TEXT NOT NULL,              -- the article's: claims go a language at a time
            restructure INTEGER NOT NULL DEFAULT 0, -- 1: title, date... worked out again (reindex)
            claimed_by  INTEGER,                    -- process id of the claim
            claimed_at  REAL,                       -- unix time of the claim: which claim it is
            seen_at     REAL                        -- unix time its claimant was last at work
        );
        CREATE INDEX understanding_unclaimed ON understanding_queue(lang, article_id)
            WHERE claimed_by IS NULL;
        CREATE INDEX understanding_claims ON understanding_queue(claimed_by)
            WHERE claimed_by IS NOT NULL;
"""


# Version 10: indexes for the entity page and for looking a name up, and
# entities that are common words (db/common_words.py).
# The page (db/entities.py::entity_page) reads all of an entity's mentions:
# who appears with it comes from each of its articles' entities in order,
# as distinct (article, entity) pairs with no temporary b-tree to make them
# distinct; how each variant is spelt and what is said about it read a
# mention's end from the entity's index instead of the table. For an entity
# in 10,000 articles (bench/entity_page.py) the page went from 153 to 89 ms
# (co-mentioned 87 -> 54, said about 28 -> 11, variants 13 -> 6). The
# article-first index is appended to in article order on import, so it
# costs the import little (storing that library's 10,000 articles took
# 8-18 s either way on the shared machine); the file grew from 32.2 to
# 35.4 MB. A name typed without its spaces (``Lee Sooman``) is looked up
# by the key without spaces (identity.entity_ids_by_key), which the finder
# does on every keystroke: a scan of every alias took 60-75 ms at 100,000
# entities, the index 0.2.
_V10_LOOKUPS = """
        DROP INDEX mentions_entity;
        CREATE INDEX mentions_entity ON mentions(entity_id, article_id, end);
        CREATE INDEX mentions_article_entity ON mentions(article_id, entity_id);
        CREATE INDEX entity_aliases_spaceless ON entity_aliases(replace(key, ' ', ''));
        -- A frequent one-word name the articles write mostly in lower case
        -- mid-sentence: a common word, out of the lists (db/common_words.py).
        ALTER TABLE entities ADD COLUMN common INTEGER NOT NULL DEFAULT 0;
"""

# Version 11 (issue 19): articles from web pages, datasets and metadata files.
# What a file states about an article (a metadata file beside it, the page's
# own title and date, a dataset's columns) is kept as given, apart from
# what extraction finds, so that a reindex keeps it; a web page is kept as
# saved (its bytes, zlib-compressed), apart from the article text.
_V11_PAGES_AND_DATASETS = """
        ALTER TABLE articles ADD COLUMN url TEXT;     -- canonical URL, as stated
        ALTER TABLE articles ADD COLUMN author TEXT;  -- as stated: metadata, page, dataset
        -- JSON {field: value} of the fields the file stated (title, date,
        -- url, source, author, lang): they win over extraction at reindex.
        ALTER TABLE articles ADD COLUMN given TEXT NOT NULL DEFAULT '{}';
        CREATE TABLE originals (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL,          -- html
            data_z     BLOB NOT NULL           -- the file's bytes as read, zlib
        );
"""

# Version 12: titles sort with accents and case folded (``title_key``, set
# from the title by ``reader_title_key`` in triggers and indexed, so that a
# sort by title reads the index; a plain column, so that a program without
# the function can still read, check and mark the file), and quotations are
# searchable like articles.
# The quotation index's content is each quotation's words cut from its
# article's text (nothing is stored twice), so what FTS5 removes must be
# computed from the very text it was indexed from: an article whose text
# changes takes its quotations' entries out (from the old text) and back in
# (from the new) before its quotes are swapped, and an article being deleted
# deletes its quotes while its text is still there, before the foreign
# key's cascade would.
_V12_QUOTES_AND_TITLES = """
        ALTER TABLE articles ADD COLUMN title_key TEXT;
        UPDATE articles SET title_key = reader_title_key(title);
        CREATE INDEX articles_title_key ON articles(title_key, id);
        CREATE TRIGGER articles_title_key_ai AFTER INSERT ON articles BEGIN
            UPDATE articles SET title_key = reader_title_key(new.title) WHERE id = new.id;
        END;
        CREATE TRIGGER articles_title_key_au AFTER UPDATE OF title ON articles BEGIN
            UPDATE articles SET title_key = reader_title_key(new.title) WHERE id = new.id;
        END;
        CREATE VIEW quotes_fts_content AS
            SELECT q.id,
                   reader_words(substr(reader_text(a.text_z), q.start + 1, q.end - q.start)) AS text,
                   reader_cjk(substr(reader_text(a.text_z), q.start + 1, q.end - q.start)) AS cjk_text
            FROM quotes q JOIN articles a ON a.id = q.article_id;
        -- prefix='3 4': the quotes browser looks a word up as a prefix from
        -- its third letter on, as it is typed; without an index of them, a
        -- short prefix merges the doclists of every word it begins (at a
        -- million quotes the typed filter's p95 was 85 ms with 3-letter
        -- prefixes alone, 21 ms with 4-letter ones too, for 45 MB more).
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, cjk_text,
            content='quotes_fts_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='3 4'
        );
        CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, cjk_text)
            SELECT new.id,
                   reader_words(substr(reader_text(a.text_z), new.start + 1, new.end - new.start)),
                   reader_cjk(substr(reader_text(a.text_z), new.start + 1, new.end - new.start))
            FROM articles a WHERE a.id = new.article_id;
        END;
        CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, cjk_text)
            SELECT 'delete', old.id,
                   reader_words(substr(reader_text(a.text_z), old.start + 1, old.end - old.start)),
                   reader_cjk(substr(reader_text(a.text_z), old.start + 1, old.end - old.start))
            FROM articles a WHERE a.id = old.article_id;
        END;
        CREATE TRIGGER quotes_fts_au AFTER UPDATE OF article_id, start, end ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, cjk_text)
            SELECT 'delete', old.id,
                   reader_words(substr(reader_text(a.text_z), old.start + 1, old.end - old.start)),
                   reader_cjk(substr(reader_text(a.text_z), old.start + 1, old.end - old.start))
            FROM articles a WHERE a.id = old.article_id;
            INSERT INTO quotes_fts(rowid, text, cjk_text)
            SELECT new.id,
                   reader_words(substr(reader_text(a.text_z), new.start + 1, new.end - new.start)),
                   reader_cjk(substr(reader_text(a.text_z), new.start + 1, new.end - new.start))
            FROM articles a WHERE a.id = new.article_id;
        END;
        CREATE TRIGGER quotes_fts_article_bd BEFORE DELETE ON articles BEGIN
            DELETE FROM quotes WHERE article_id = old.id;
        END;
        CREATE TRIGGER quotes_fts_article_bu BEFORE UPDATE OF text_z ON articles
        WHEN old.text_z IS NOT new.text_z BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, cjk_text)
            SELECT 'delete', q.id,
                   reader_words(substr(reader_text(old.text_z), q.start + 1, q.end - q.start)),
                   reader_cjk(substr(reader_text(old.text_z), q.start + 1, q.end - q.start))
            FROM quotes q WHERE q.article_id = old.id;
        END;
        CREATE TRIGGER quotes_fts_article_au AFTER UPDATE OF text_z ON articles
        WHEN old.text_z IS NOT new.text_z BEGIN
            INSERT INTO quotes_fts(rowid, text, cjk_text)
            SELECT q.id,
                   reader_words(substr(reader_text(new.text_z), q.start + 1, q.end - q.start)),
                   reader_cjk(substr(reader_text(new.text_z), q.start + 1, q.end - q.start))
            FROM quotes q WHERE q.article_id = new.id;
        END;
        INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
"""


# Version 13 (issue 17): a trash, what imports skip, and a user's edits.
# A deleted article's rows move out of ``articles`` into ``trash`` (its
# columns as JSON, its text still compressed, its tags, highlights, names,
# quotes and original beside it), so every list, search, count and index is
# without it by the triggers and cascades that already keep them, instead of
# a ``deleted_at`` that every query of every module would have to test;
# a restore puts the rows back and the same triggers index them again.
# ``deleted_sources`` outlives the trash: an import skips what was deleted
# (by path or by text) until ``reader import --restore``. ``edited`` holds
# the fields a user corrected, which win over given fields and extraction.
_V13_TRASH_AND_EDITS = """
        ALTER TABLE articles ADD COLUMN edited TEXT NOT NULL DEFAULT '{}';  -- JSON {field: value}
        CREATE TABLE trash (
            article_id  INTEGER PRIMARY KEY,   -- the id it had, and gets back
            deleted_at  TEXT NOT NULL,
            path        TEXT,                  -- as in `article`, indexed for import --restore
            content_hash TEXT NOT NULL,
            article     TEXT NOT NULL,         -- JSON: its articles row but the text
            text_z      BLOB NOT NULL,
            tags        TEXT NOT NULL,         -- JSON [[name, origin], ...]
            highlights  TEXT NOT NULL,         -- JSON [[id, start, end, text, note, created_at], ...]
            mentions    TEXT NOT NULL,         -- JSON [[start, end, entity_id, role], ...]
            quotes      TEXT NOT NULL,         -- JSON [[start, end, speaker, speaker_entity_id, cue], ...]
            short_forms TEXT NOT NULL,         -- JSON [[key, entity_id], ...]
            original_kind TEXT,
            original_z  BLOB,
            pending     INTEGER NOT NULL       -- 1: it was waiting for the second phase
        );
        CREATE INDEX trash_deleted_at ON trash(deleted_at);
        CREATE INDEX trash_path ON trash(path);
        CREATE INDEX trash_content_hash ON trash(content_hash);
        CREATE TABLE deleted_sources (
            content_hash TEXT PRIMARY KEY,     -- the text's sha256
            path         TEXT,                 -- where it was imported from
            why          TEXT NOT NULL         -- deleted or sample
        ) WITHOUT ROWID;
        CREATE INDEX deleted_sources_path ON deleted_sources(path);
"""

# Version 14 (issue 20): versions of one story (db/versions.py). Each
# understood article's sketch, one LSH key per band of it (the table is its
# own index from a key to the articles that share it), the pairs judged
# versions of each other (both ways), and the groups they make, kept for
# the articles that have another version only: the list folds a group
# through one look-up per row. A user's split stays in version_splits.
_V14_VERSIONS = """
        CREATE TABLE version_sketches (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            slots      BLOB NOT NULL            -- 64 MinHash values, a byte each
        );
        CREATE TABLE version_bands (
            band       INTEGER NOT NULL,        -- db.versions.band_keys: 31-bit hash of a band
            article_id INTEGER NOT NULL,        -- no foreign key: a deleted article's keys
                                                -- find no sketch, so they are passed over
            PRIMARY KEY (band, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE version_links (
            article_id INTEGER NOT NULL,
            other_id   INTEGER NOT NULL,
            PRIMARY KEY (article_id, other_id)
        ) WITHOUT ROWID;
        CREATE TABLE version_groups (
            article_id INTEGER PRIMARY KEY,
            group_id   INTEGER NOT NULL         -- the group's first-imported (smallest) id
        ) WITHOUT ROWID;
        CREATE INDEX version_groups_group ON version_groups(group_id);
        CREATE TABLE version_splits (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
        );
        -- An article deleted leaves its group: its links go, a group of two
        -- is no more, a larger one takes its next-imported article's id.
        -- (What the article joined stays joined: db.versions works a group
        -- out again from its links when an article leaves it through the app.)
        CREATE TRIGGER versions_article_bd BEFORE DELETE ON articles BEGIN
            DELETE FROM version_links WHERE other_id = old.id AND article_id IN
                (SELECT other_id FROM version_links WHERE article_id = old.id);
            DELETE FROM version_links WHERE article_id = old.id;
            DELETE FROM version_groups
            WHERE group_id = (SELECT group_id FROM version_groups WHERE article_id = old.id)
            AND (SELECT count(*) FROM version_groups WHERE group_id =
                 (SELECT group_id FROM version_groups WHERE article_id = old.id)) = 2;
            DELETE FROM version_groups WHERE article_id = old.id;
            UPDATE version_groups SET group_id = (
                SELECT min(article_id) FROM version_groups WHERE group_id = old.id)
            WHERE group_id = old.id;
        END;
"""

# Version 15 (issue 20; numbered by the lead at merge): the same statement
# across articles. Each quotation's wording (its words, case, punctuation
# and quote marks folded: db/statements.py) is keyed; a wording is stored
# once (its words as 2-byte hashes), with the group of wordings that are one
# statement, and its winnowed fingerprints, through which a new wording
# finds the ones it may match. A wording whose last quotation goes is kept
# (no quotes) and its group marked to be worked out again, since it may
# have held two parts together (db/quote_groups.py settles it).
_V15_QUOTE_GROUPS = """
        -- NULL: not yet worked out; 0: too short to be grouped.
        ALTER TABLE quotes ADD COLUMN key INTEGER;
        -- With the article: a group's articles are counted from the index.
        CREATE INDEX quotes_key ON quotes(key, article_id);
        -- When and where an article appeared, read without its row (whose
        -- text comes first): a listing of groups reads it for thousands of
        -- articles (db/quote_groups.py), 4 times faster so.
        CREATE INDEX articles_seen ON articles(id, date, source);
        CREATE TABLE quote_variants (
            key      INTEGER PRIMARY KEY,   -- db.statements.statement_key
            group_id INTEGER NOT NULL,
            words    BLOB NOT NULL,         -- 2-byte word hashes
            quotes   INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX quote_variants_group ON quote_variants(group_id);
        CREATE TABLE quote_prints (
            print INTEGER NOT NULL,
            key   INTEGER NOT NULL,
            PRIMARY KEY (print, key)
        ) WITHOUT ROWID;
        CREATE TABLE quote_groups_dirty (group_id INTEGER PRIMARY KEY);
        CREATE TRIGGER quote_variants_ad AFTER DELETE ON quotes
        WHEN old.key IS NOT NULL AND old.key != 0 BEGIN
            UPDATE quote_variants SET quotes = quotes - 1 WHERE key = old.key;
            INSERT OR IGNORE INTO quote_groups_dirty (group_id)
            SELECT group_id FROM quote_variants WHERE key = old.key AND quotes <= 0;
        END;
"""

# Version 16 (issue 20): what is new since the user last looked. A saved
# search and a followed entity keep a mark in import order, (imported_at,
# id) of the newest article when they were last opened (db/follows.py);
# "new" is what was imported after it and matches now. The index on
# imported_at finds the articles after a mark without reading the others;
# the partial index on the queue finds the oldest article still waiting to
# be understood the first time, which an entity's mark must not pass (its
# mentions are not in yet). A follow goes where its entity is merged
# (db/identity.py) and with it when it is deleted.
_V16_FOLLOWS = """
        CREATE INDEX articles_imported ON articles(imported_at);
        CREATE INDEX understanding_first ON understanding_queue(restructure)
            WHERE restructure = 0;
        ALTER TABLE saved_searches ADD COLUMN last_opened TEXT;  -- opened in the TUI, or new --seen
        ALTER TABLE saved_searches ADD COLUMN seen_at TEXT;      -- the mark: imported_at...
        ALTER TABLE saved_searches ADD COLUMN seen_id INTEGER;   -- ...and id
        -- A search saved before this version: new is what came after it was saved.
        UPDATE saved_searches SET seen_at = created_at, seen_id = 9223372036854775807;
        CREATE TABLE follows (
            entity_id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
            name        TEXT NOT NULL,   -- as followed: said if the entity goes
            followed_at TEXT NOT NULL,
            last_opened TEXT,
            seen_at     TEXT NOT NULL,
            seen_id     INTEGER NOT NULL
        );
"""

_V17_TRASHED_SKETCHES = """
        -- A trashed article's version sketch, so that a restore puts it back
        -- in its group of versions without a second phase.
        ALTER TABLE trash ADD COLUMN sketch BLOB;
"""

_V18_ALIAS_MENTIONS = """
        -- How many mentions each spelling was given each type by: an
        -- entity's type is the one most of its mentions had
        -- (identity.link_short_forms), not the first article's.
        ALTER TABLE entity_aliases ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
"""

# Version 19 (issue 21): what the second phase writes is counted and indexed
# by one statement for its group of articles, not by a trigger per row.
# An article's entities are counted as its mentions are written
# (``identity.count_articles``), not by a trigger per mention that asked
# whether it was its entity's first in the article: the writer's mention
# inserts cost half as much. Quotations are indexed for search together
# (``quotes.index_quotes``): FTS5 made a segment of each statement that
# indexed through the trigger, a segment per quotation. Deleting or moving
# a mention or a quotation is still counted and unindexed by its triggers;
# the one other writer of these rows, a restore from the trash, counts and
# indexes the same way as the writer.
_V19_COUNTS_BY_ARTICLE = """
        DROP TRIGGER mentions_count_ai;
        DROP TRIGGER quotes_fts_ai;
"""


def first_seen_of(key: str) -> str:
    """Where and when the wording ``key`` was first seen, worked out again."""
    return (
        "SELECT min(coalesce(a.date, '~') || printf(' %012d', a.id))"
        " FROM quotes q JOIN articles a INDEXED BY articles_seen ON a.id = q.article_id"
        f" WHERE q.key = {key}"
    )


def _counted(row: str, when: str = "1") -> str:
    """A quotation's part in its wording's and group's summaries (the
    quotation ``row``, new or old, whose key is not 0 when ``when``)."""
    return f"""
            INSERT INTO quote_wording_sources (key, source, quotes)
            SELECT {row}.key, coalesce(a.source, ''), 1 FROM articles a
            WHERE a.id = {row}.article_id AND {when}
            ON CONFLICT (key, source) DO UPDATE SET quotes = quotes + 1;
{_speaker_counted(row, when)}
            UPDATE quote_variants SET first_quote = min(coalesce(first_quote, {row}.id), {row}.id),
                first_seen = (SELECT min(coalesce(first_seen, s), s) FROM (SELECT
                    coalesce(date, '~') || printf(' %012d', id) AS s
                    FROM articles WHERE id = {row}.article_id))
            WHERE key = {row}.key AND {when};
            UPDATE quote_group_articles SET articles = articles + 1
            WHERE group_id = (SELECT group_id FROM quote_variants WHERE key = {row}.key)
            AND {when} AND NOT EXISTS (SELECT 1 FROM quotes o JOIN quote_variants w ON w.key = o.key
                WHERE o.article_id = {row}.article_id AND o.id != {row}.id
                AND w.group_id = quote_group_articles.group_id);"""


def _uncounted(row: str, when: str = "1") -> str:
    """The inverse of ``_counted`` (a count that goes to 0 is deleted by its
    key in full: by the wording's alone, each deletion would read all the
    wording's speakers), but for where the wording was first seen
    and its first quotation: when this quotation was either, the wording is
    marked, and ``db.quote_groups.settle`` works both out once for it. Worked
    out here, each of a thousand articles deleted oldest first would read
    every quotation of the wording left (a delete quadratic in them)."""
    return f"""
            UPDATE quote_wording_sources SET quotes = quotes - 1
            WHERE key = {row}.key AND {when}
            AND source = (SELECT coalesce(source, '') FROM articles WHERE id = {row}.article_id);
            DELETE FROM quote_wording_sources WHERE key = {row}.key AND quotes <= 0
            AND source = (SELECT coalesce(source, '') FROM articles WHERE id = {row}.article_id);
{_speaker_uncounted(row, when)}
            INSERT OR IGNORE INTO quote_seen_dirty (key)
            SELECT key FROM quote_variants WHERE key = {row}.key AND {when}
            AND (first_quote = {row}.id OR substr(first_seen, -13) = printf(' %012d', {row}.article_id));
            UPDATE quote_group_articles SET articles = articles - 1
            WHERE group_id = (SELECT group_id FROM quote_variants WHERE key = {row}.key)
            AND {when} AND NOT EXISTS (SELECT 1 FROM quotes o JOIN quote_variants w ON w.key = o.key
                WHERE o.article_id = {row}.article_id AND o.id != {row}.id
                AND w.group_id = quote_group_articles.group_id);"""


def _speaker_counted(row: str, when: str = "1") -> str:
    """A quotation's part in its wording's speakers (``_counted``, and a
    speaker changed by curation)."""
    return f"""
            INSERT INTO quote_wording_speakers (key, entity, speaker, quotes)
            SELECT {row}.key, coalesce({row}.speaker_entity_id, 0), {row}.speaker, 1
            WHERE {row}.speaker IS NOT NULL AND {when}
            ON CONFLICT (key, entity, speaker) DO UPDATE SET quotes = quotes + 1;"""


def _speaker_uncounted(row: str, when: str = "1") -> str:
    """The inverse of ``_speaker_counted``."""
    return f"""
            UPDATE quote_wording_speakers SET quotes = quotes - 1
            WHERE key = {row}.key AND {when}
            AND entity = coalesce({row}.speaker_entity_id, 0) AND speaker = {row}.speaker;
            DELETE FROM quote_wording_speakers WHERE key = {row}.key AND quotes <= 0
            AND entity = coalesce({row}.speaker_entity_id, 0) AND speaker = {row}.speaker;"""


# Version 20 (issue 20): each quote group summed up as it changes, not when
# it is read, so that the browser reads a group of 240,000 quotations in a
# handful of look-ups. What sums up by wording is kept by wording (its key
# does not change when groups merge or split): where it was first seen and
# its first quotation (on ``quote_variants``), how many of its quotations
# each source carries, and how many each speaker as written (hidden
# entities are left out when read, so hiding needs no update). How many
# articles carry a group does not sum up by wording (an article may carry
# two wordings of one group), so it is kept by group: triggers count a
# quotation of a known wording, db/quote_groups.py counts a new wording and
# counts a group again when groups merge or split. Triggers on quotations
# keep the rest: the writer, a re-understanding, the trash, a deletion and
# curation (a speaker changed, entities merged) all write quotations. An
# article deleted deletes its quotations first, while its source and date
# can still be read. A quotation gone that was its wording's first, or of
# the article it was first seen in, marks the wording (``quote_seen_dirty``),
# and ``db.quote_groups.settle`` works the two out again once per wording,
# as it works out a group that lost a wording: the trash settles in its
# transaction, the second phase as it writes (a re-imported article's
# quotations cleared wait for it, as its groups do).
_V20_QUOTE_SUMMARIES = (
    """
        ALTER TABLE quote_variants ADD COLUMN first_seen TEXT;     -- min(date or '~' || ' ' || id)
        ALTER TABLE quote_variants ADD COLUMN first_quote INTEGER; -- min(quotes.id)
        CREATE TABLE quote_wording_sources (
            key    INTEGER NOT NULL,
            source TEXT NOT NULL,           -- '' for none
            quotes INTEGER NOT NULL,
            PRIMARY KEY (key, source)
        ) WITHOUT ROWID;
        CREATE TABLE quote_wording_speakers (
            key     INTEGER NOT NULL,
            entity  INTEGER NOT NULL,       -- 0 for none
            speaker TEXT NOT NULL,
            quotes  INTEGER NOT NULL,
            PRIMARY KEY (key, entity, speaker)
        ) WITHOUT ROWID;
        CREATE TABLE quote_group_articles (
            group_id INTEGER PRIMARY KEY,
            articles INTEGER NOT NULL
        );
        CREATE TABLE quote_seen_dirty (key INTEGER PRIMARY KEY);
        INSERT INTO quote_wording_sources (key, source, quotes)
        SELECT q.key, coalesce(a.source, ''), count(*)
        FROM quotes q JOIN articles a INDEXED BY articles_seen ON a.id = q.article_id
        WHERE q.key != 0 GROUP BY q.key, coalesce(a.source, '');
        INSERT INTO quote_wording_speakers (key, entity, speaker, quotes)
        SELECT key, coalesce(speaker_entity_id, 0), speaker, count(*) FROM quotes
        WHERE key != 0 AND speaker IS NOT NULL GROUP BY 1, 2, 3;
        UPDATE quote_variants SET first_seen = f.seen, first_quote = f.low FROM (
            SELECT q.key, min(coalesce(a.date, '~') || printf(' %012d', a.id)) AS seen,
                   min(q.id) AS low
            FROM quotes q JOIN articles a INDEXED BY articles_seen ON a.id = q.article_id
            WHERE q.key != 0 GROUP BY q.key
        ) AS f WHERE f.key = quote_variants.key;
        INSERT INTO quote_group_articles (group_id, articles)
        SELECT v.group_id, count(DISTINCT q.article_id)
        FROM quote_variants v JOIN quotes q ON q.key = v.key GROUP BY v.group_id;
        CREATE TRIGGER quote_summaries_article_bd BEFORE DELETE ON articles BEGIN
            DELETE FROM quotes WHERE article_id = old.id;
        END;
        CREATE TRIGGER quote_summaries_ai AFTER INSERT ON quotes
        WHEN new.key != 0 BEGIN
"""
    + "{added}"
    + """
        END;
        CREATE TRIGGER quote_summaries_ad AFTER DELETE ON quotes
        WHEN old.key != 0 BEGIN
"""
    + "{removed}"
    + """
        END;
        CREATE TRIGGER quote_summaries_key_au AFTER UPDATE OF key ON quotes
        WHEN old.key IS NOT new.key BEGIN
"""
    + "{rekeyed}"
    + """
        END;
        CREATE TRIGGER quote_summaries_speaker_au AFTER UPDATE OF speaker, speaker_entity_id
        ON quotes WHEN old.key IS new.key AND old.key != 0 AND (old.speaker IS NOT new.speaker
          OR old.speaker_entity_id IS NOT new.speaker_entity_id) BEGIN
"""
    + "{speaker_moved}"
    + """
        END;
        CREATE TRIGGER quote_summaries_article_au AFTER UPDATE OF date, source ON articles
        WHEN old.date IS NOT new.date OR old.source IS NOT new.source BEGIN
            UPDATE quote_wording_sources SET quotes = quotes - (SELECT count(*) FROM quotes q
                WHERE q.article_id = new.id AND q.key = quote_wording_sources.key)
            WHERE source = coalesce(old.source, '')
            AND key IN (SELECT key FROM quotes WHERE article_id = new.id AND key != 0);
            DELETE FROM quote_wording_sources WHERE quotes <= 0
            AND key IN (SELECT key FROM quotes WHERE article_id = new.id AND key != 0);
            INSERT INTO quote_wording_sources (key, source, quotes)
            SELECT key, coalesce(new.source, ''), count(*) FROM quotes
            WHERE article_id = new.id AND key != 0 GROUP BY key
            ON CONFLICT (key, source) DO UPDATE SET quotes = quotes + excluded.quotes;
            UPDATE quote_variants SET first_seen = CASE
                WHEN substr(first_seen, -13) = printf(' %012d', new.id) THEN ({seen})
                ELSE min(coalesce(first_seen, s.seen), s.seen) END
            FROM (SELECT coalesce(new.date, '~') || printf(' %012d', new.id) AS seen) AS s
            WHERE key IN (SELECT key FROM quotes WHERE article_id = new.id AND key != 0);
        END;
        CREATE TRIGGER quote_summaries_variant_ai AFTER INSERT ON quote_variants BEGIN
            UPDATE quote_variants SET first_seen = ({seen_new}),
                first_quote = (SELECT min(id) FROM quotes WHERE key = new.key)
            WHERE key = new.key;
        END;
"""
).format(
    added=_counted("new"),
    removed=_uncounted("old"),
    rekeyed=_uncounted("old", "coalesce(old.key, 0) != 0")
    + _counted("new", "coalesce(new.key, 0) != 0"),
    speaker_moved=_speaker_uncounted("old") + _speaker_counted("new"),
    seen=first_seen_of("quote_variants.key"),
    seen_new=first_seen_of("new.key"),
)


# Version 21 (issue 20): a group's speakers summed up by group, so that its
# vote is read from the few speakers quoted most, not from every speaker of
# every wording (a statement carried by 100,000 articles may have 30,000).
# A speaker votes as the old read counted it: an entity however it was
# written, an unresolved name by its words case folded (``who``, the text
# the vote's ties are broken by: an entity's id, a name's folded words),
# shown as its first spelling (``speaker``). Triggers on the wordings' rows
# keep it as quotations come and go; ``db.quote_groups.count_speakers``
# counts a group again when groups merge or split. Hidden entities are
# left out when read, skipped through their partial index. When the
# spelling shown for a speaker goes and others remain, an entity's is
# spelt again at once (its spellings are read through the key); an
# unresolved name's spellings are found only by reading every unresolved
# speaker of the group, which deleting a thousand of them would do a
# thousand times: the name is marked (``quote_spelling_dirty``), and
# ``db.quote_groups.settle`` spells the marked names of a group again in
# one read. An unresolved name's quotations change only as quotations are
# written or deleted, which settle follows (the trash, the second phase);
# curation moves quotations between entities only.
WHO = "CASE {e} WHEN 0 THEN reader_casefold({s}) ELSE CAST({e} AS TEXT) END"
_GROUP_OF = "(SELECT group_id FROM quote_variants WHERE key = {row}.key)"
_V21_GROUP_SPEAKERS = f"""
        CREATE TABLE quote_group_speakers (
            group_id INTEGER NOT NULL,
            entity   INTEGER NOT NULL,      -- 0 for none
            who      TEXT NOT NULL,
            speaker  TEXT NOT NULL,         -- its first spelling
            quotes   INTEGER NOT NULL,
            PRIMARY KEY (group_id, entity, who)
        ) WITHOUT ROWID;
        CREATE INDEX quote_group_speakers_votes
            ON quote_group_speakers (group_id, quotes DESC, who, entity);
        CREATE TABLE quote_group_voters (
            group_id INTEGER PRIMARY KEY,
            speakers INTEGER NOT NULL
        );
        CREATE TABLE quote_spelling_dirty (
            group_id INTEGER NOT NULL,
            entity   INTEGER NOT NULL,
            who      TEXT NOT NULL,
            PRIMARY KEY (group_id, entity, who)
        ) WITHOUT ROWID;
        CREATE INDEX entities_hidden ON entities (id) WHERE hidden;
        INSERT INTO quote_group_speakers (group_id, entity, who, speaker, quotes)
        SELECT v.group_id, s.entity, {WHO.format(e="s.entity", s="s.speaker")},
            min(s.speaker), sum(s.quotes)
        FROM quote_variants v JOIN quote_wording_speakers s ON s.key = v.key
        GROUP BY 1, 2, 3;
        INSERT INTO quote_group_voters (group_id, speakers)
        SELECT group_id, count(*) FROM quote_group_speakers GROUP BY group_id;
        CREATE TRIGGER quote_group_voters_ai AFTER INSERT ON quote_group_speakers BEGIN
            INSERT INTO quote_group_voters (group_id, speakers) VALUES (new.group_id, 1)
            ON CONFLICT (group_id) DO UPDATE SET speakers = speakers + 1;
        END;
        CREATE TRIGGER quote_group_voters_ad AFTER DELETE ON quote_group_speakers BEGIN
            UPDATE quote_group_voters SET speakers = speakers - 1 WHERE group_id = old.group_id;
        END;
        CREATE TRIGGER quote_group_speakers_ai AFTER INSERT ON quote_wording_speakers BEGIN
            INSERT INTO quote_group_speakers (group_id, entity, who, speaker, quotes)
            SELECT group_id, new.entity, {WHO.format(e="new.entity", s="new.speaker")},
                new.speaker, new.quotes FROM quote_variants WHERE key = new.key
            ON CONFLICT (group_id, entity, who) DO UPDATE
            SET quotes = quotes + excluded.quotes, speaker = min(speaker, excluded.speaker);
        END;
        CREATE TRIGGER quote_group_speakers_au AFTER UPDATE OF quotes ON quote_wording_speakers
        BEGIN
            UPDATE quote_group_speakers SET quotes = quotes + new.quotes - old.quotes
            WHERE group_id = {_GROUP_OF.format(row="new")} AND entity = new.entity
            AND who = {WHO.format(e="new.entity", s="new.speaker")};
        END;
        CREATE TRIGGER quote_group_speakers_ad AFTER DELETE ON quote_wording_speakers BEGIN
            UPDATE quote_group_speakers SET quotes = quotes - old.quotes
            WHERE group_id = {_GROUP_OF.format(row="old")} AND entity = old.entity
            AND who = {WHO.format(e="old.entity", s="old.speaker")};
            DELETE FROM quote_group_speakers
            WHERE group_id = {_GROUP_OF.format(row="old")} AND entity = old.entity
            AND who = {WHO.format(e="old.entity", s="old.speaker")} AND quotes <= 0;
            UPDATE quote_group_speakers SET speaker = (SELECT min(s.speaker)
                FROM quote_variants v JOIN quote_wording_speakers s ON s.key = v.key
                WHERE v.group_id = quote_group_speakers.group_id AND s.entity = old.entity)
            WHERE old.entity != 0 AND group_id = {_GROUP_OF.format(row="old")}
            AND entity = old.entity AND who = CAST(old.entity AS TEXT) AND speaker = old.speaker;
            INSERT OR IGNORE INTO quote_spelling_dirty (group_id, entity, who)
            SELECT group_id, entity, who FROM quote_group_speakers
            WHERE old.entity = 0 AND group_id = {_GROUP_OF.format(row="old")} AND entity = 0
            AND who = reader_casefold(old.speaker) AND speaker = old.speaker;
        END;
        CREATE TRIGGER quote_group_speakers_variant_ai AFTER INSERT ON quote_variants BEGIN
            INSERT INTO quote_group_speakers (group_id, entity, who, speaker, quotes)
            SELECT new.group_id, entity, {WHO.format(e="entity", s="speaker")},
                min(speaker), sum(quotes) FROM quote_wording_speakers WHERE key = new.key
            GROUP BY 2, 3
            ON CONFLICT (group_id, entity, who) DO UPDATE
            SET quotes = quotes + excluded.quotes, speaker = min(speaker, excluded.speaker);
        END;
"""

# Whether a user shaped an entity (an alias of ``origin = 'user'``) is asked
# of every entity the name passes would fold (``identity._unshaped`` and the
# like); through ``entity_aliases_entity`` each asking read every alias of
# the entity from the table, and at a million articles the passes after each
# group spent most of their time there. Users shape few entities: the index
# holds only those, and its creation on the benchmark's 1M library took 0.1 s.
#
# A run's alias index (``reader.understanding``'s, until schema 24) learns the
# aliases of entities newer than it has seen; an entity another process
# made and then folded into an older one leaves it none to find, so each
# entity removed moves ``entities_removed``, and the index is built anew
# when it moved. Entities are removed by folds and clean-ups, a few a pass.
_V22_SHAPED_ENTITIES = """
        CREATE INDEX entity_aliases_user ON entity_aliases(entity_id) WHERE origin = 'user';
        INSERT INTO meta (name, value) VALUES ('entities_removed', 0);
        CREATE TRIGGER entities_removed_ad AFTER DELETE ON entities BEGIN
            UPDATE meta SET value = value + 1 WHERE name = 'entities_removed';
        END;
"""

# An entity folded into another (``identity._fold``) moves all its mentions
# in one statement, and the trigger of schema 6 counted each moved row's
# article for both entities, two statements a row: at a million articles a
# fold of a name with thousands of mentions took 14 ms, three quarters of
# it in the trigger, for counts of an entity deleted straight after. The
# fold counts the articles the kept entity gains in one statement, and the
# trigger leaves the rows of the entity named ``entity_folded`` in meta
# (there only inside the fold's transaction) alone. Moving one mention
# (a curation, a split) still counts through the trigger.
_V23_FOLDS_COUNTED_ONCE = """
        DROP TRIGGER mentions_count_au;
        CREATE TRIGGER mentions_count_au AFTER UPDATE OF entity_id, article_id ON mentions
        WHEN (old.entity_id != new.entity_id OR old.article_id != new.article_id)
        AND old.entity_id IS NOT (SELECT value FROM meta WHERE name = 'entity_folded') BEGIN
            UPDATE entities SET articles = articles - 1 WHERE id = old.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id
                            AND article_id = old.article_id);
            UPDATE entities SET articles = articles + 1 WHERE id = new.entity_id
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id
                            AND article_id = new.article_id AND start != new.start);
        END;
"""

# A run no longer reads every alias of the library into an index of its
# own (at a million articles 3.8-5.8 s of CPU a run, however few articles it
# had, and a copy that could go stale); it looks each new mention's key up
# here (``identity.alias_block``, ``identity.surnamed_aliases``): the keys
# of a type by the first three letters and length of their spaceless form,
# the near spellings a fuzzy match compares against (the letters first: led
# by the type, the index was what SQLite chose to join every person's
# aliases by, in ``_link_leading_words``, a scan each); and person names by
# their last word, a surname written last (``jihoon park``). Built-in
# functions only, so that any connection keeps them up to date. What told a
# run its own index had gone stale (``entities_removed``, schema 22) has no
# reader left. Going back to a reader before schema 24 needs a backup made
# before this migration: an older reader refuses the newer file, and the
# counter and its trigger are not made again. ``IF EXISTS``: a schema-22
# library made by a branch that never had the trigger migrates too.
_V24_ALIAS_LOOKUPS = """
        DROP TRIGGER IF EXISTS entities_removed_ad;
        DELETE FROM meta WHERE name = 'entities_removed';
        CREATE INDEX entity_aliases_block ON entity_aliases(
            substr(replace(key, ' ', ''), 1, 3), type, length(replace(key, ' ', '')), entity_id);
        CREATE INDEX entity_aliases_last_word
        ON entity_aliases(substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1))
        WHERE type = 'PER';
"""

MIGRATIONS: list[str] = [
    _V1_ARTICLES,
    _V2_ANNOTATIONS,
    _V3_SEARCHES,
    _V4_BODY_INDEX,
    _V5_RECENT_INDEX,
    _V6_ENTITY_COUNTS,
    _V7_CURATION,
    _V8_SHORT_FORMS,
    _V9_UNDERSTANDING_QUEUE,
    _V10_LOOKUPS,
    _V11_PAGES_AND_DATASETS,
    _V12_QUOTES_AND_TITLES,
    _V13_TRASH_AND_EDITS,
    _V14_VERSIONS,
    _V15_QUOTE_GROUPS,
    _V16_FOLLOWS,
    _V17_TRASHED_SKETCHES,
    _V18_ALIAS_MENTIONS,
    _V19_COUNTS_BY_ARTICLE,
    _V20_QUOTE_SUMMARIES,
    _V21_GROUP_SPEAKERS,
    _V22_SHAPED_ENTITIES,
    _V23_FOLDS_COUNTED_ONCE,
    _V24_ALIAS_LOOKUPS,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration, one at a time (a trigger's body is
    part of its statement)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database schema is version {version}, newer than this reader "
            f"understands ({SCHEMA_VERSION}): upgrade reader to open it"
        )


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target``; return the version it had.

    Each step runs in its own transaction, so an interrupted upgrade leaves
    the file at the last completed version. The version is read again
    under the write lock before each step: another process opening the same
    file may have taken it further meanwhile (and some steps, run twice,
    would succeed and set the version back).
    """
    (found,) = conn.execute("PRAGMA user_version").fetchone()
    _refuse_newer(found)
    if found >= target:
        return found
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            _refuse_newer(version)
            if version >= target:
                conn.execute("ROLLBACK")
                return found
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
