CREATE INDEX idx_book_title ON book (title);
