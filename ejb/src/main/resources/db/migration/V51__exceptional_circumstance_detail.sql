-- Suffolk 4.5's exceptional circumstances are examples (RULES.md v2): another may be recorded, with its reason in words.
ALTER TABLE episode ADD COLUMN exceptional_detail VARCHAR(500);
