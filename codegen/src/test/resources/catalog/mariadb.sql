-- Every logical type of PRODUCT.md as the MySQL/MariaDB migrations render it (see CatalogFixture).
CREATE TABLE authors (
  id bigint NOT NULL AUTO_INCREMENT,
  name varchar(100) NOT NULL,
  email varchar(200) NOT NULL COMMENT 'Where replies go',
  active boolean NOT NULL DEFAULT true,
  CONSTRAINT pk_authors PRIMARY KEY (id),
  CONSTRAINT uq_authors_email UNIQUE (email)
) COMMENT 'People who write posts';

CREATE TABLE tags (
  id bigint NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  CONSTRAINT pk_tags PRIMARY KEY (id),
  CONSTRAINT uq_tags_name UNIQUE (name)
);

CREATE TABLE posts (
  id bigint NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL COMMENT 'Headline',
  body text,
  rating smallint,
  views int NOT NULL DEFAULT 0,
  price decimal(10,2),
  score float,
  weight double,
  public_id char(36) NOT NULL,
  published_on date,
  publish_time time,
  edited_at datetime(6),
  published_at datetime(6),
  cover blob,
  metadata json,
  status varchar(32) NOT NULL DEFAULT 'draft',
  author_id bigint NOT NULL,
  editor_id bigint,
  CONSTRAINT pk_posts PRIMARY KEY (id),
  CONSTRAINT fk_posts_author_id_authors FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE,
  CONSTRAINT fk_posts_editor_id_authors FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL,
  CONSTRAINT ck_posts_positive_views CHECK (views >= 0),
  CONSTRAINT ck_posts_status CHECK (status IN ('draft', 'published'))
);
CREATE INDEX ix_posts_author_id ON posts (author_id);
CREATE INDEX ix_posts_editor_id ON posts (editor_id);
CREATE INDEX ix_posts_status_published_on ON posts (status, published_on);

CREATE TABLE posts_tags (
  post_id bigint NOT NULL,
  tag_id bigint NOT NULL,
  CONSTRAINT pk_posts_tags PRIMARY KEY (post_id, tag_id),
  CONSTRAINT fk_posts_tags_post_id_posts FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT fk_posts_tags_tag_id_tags FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX ix_posts_tags_tag_id ON posts_tags (tag_id);

-- Flyway's own table: the reader must skip it.
CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);
