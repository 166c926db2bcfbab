-- Every logical type of PRODUCT.md as the SQLite migrations render it, by type affinity
-- (see CatalogFixture). SQLite has no comments.
CREATE TABLE authors (
  id integer NOT NULL CONSTRAINT pk_authors PRIMARY KEY AUTOINCREMENT,
  name text NOT NULL,
  email text NOT NULL,
  active integer NOT NULL DEFAULT 1,
  CONSTRAINT uq_authors_email UNIQUE (email)
);

CREATE TABLE tags (
  id integer NOT NULL CONSTRAINT pk_tags PRIMARY KEY AUTOINCREMENT,
  name text NOT NULL,
  CONSTRAINT uq_tags_name UNIQUE (name)
);

CREATE TABLE posts (
  id integer NOT NULL CONSTRAINT pk_posts PRIMARY KEY AUTOINCREMENT,
  title text NOT NULL,
  body text,
  rating integer,
  views integer NOT NULL DEFAULT 0,
  price numeric,
  score real,
  weight real,
  public_id text NOT NULL,
  published_on text,
  publish_time text,
  edited_at text,
  published_at text,
  cover blob,
  metadata text,
  status text NOT NULL DEFAULT 'draft',
  author_id integer NOT NULL,
  editor_id integer,
  CONSTRAINT fk_posts_author_id_authors FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE,
  CONSTRAINT fk_posts_editor_id_authors FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL,
  CONSTRAINT ck_posts_positive_views CHECK (views >= 0),
  CONSTRAINT ck_posts_status CHECK (status IN ('draft', 'published'))
);
CREATE INDEX ix_posts_author_id ON posts (author_id);
CREATE INDEX ix_posts_editor_id ON posts (editor_id);
CREATE INDEX ix_posts_status_published_on ON posts (status, published_on);

CREATE TABLE posts_tags (
  post_id integer NOT NULL,
  tag_id integer NOT NULL,
  CONSTRAINT pk_posts_tags PRIMARY KEY (post_id, tag_id),
  CONSTRAINT fk_posts_tags_post_id_posts FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT fk_posts_tags_tag_id_tags FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX ix_posts_tags_tag_id ON posts_tags (tag_id);

-- Flyway's own table: the reader must skip it.
CREATE TABLE flyway_schema_history (installed_rank integer PRIMARY KEY);
