-- Authors of the library's books.
CREATE TABLE author (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    born DATE
);
