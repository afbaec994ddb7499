// Neo4j schema, part 3: full-text indexes. Arabic-analyzed and Latin (standard, accent-folding) ones for analysts
// in Browser; `statement_search` indexes the pre-folded text of src/store/search.ts, which the API queries so that
// search answers exactly as in the embedded store.
// Neo4j sees two full-text indexes over the same labels and properties as one (the second is silently skipped),
// so the Arabic ones also cover a second label: places' names, and the articles' own text.

CREATE FULLTEXT INDEX names_arabic IF NOT EXISTS FOR (n:Actor|Place) ON EACH [n.name, n.nameValues, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX actor_names_latin IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.nameValues, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX text_arabic IF NOT EXISTS FOR (n:Statement|Article) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX statement_text_latin IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS FOR (n:Statement) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
