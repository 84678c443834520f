-- MIN_DURATION_FROM_START (RULES.md v2, change 1): every Berkshire West plan stays open at least 3 months from its start.
-- A new database gets it with the standard profiles; one whose profiles were stored before gets it in each version of
-- the three Berkshire West councils' profiles (the policy said it all along: version 1 of the catalogue missed it).
INSERT INTO policy_rule_setting (profile_id, rule_id, amount, unit, due_soon_working_days, policy_text, policy_source,
                                 interpretation)
SELECT p.id, 'MIN_DURATION_FROM_START', 3, 'MONTHS', 5,
       'To note: A Child in Need Plan should remain open for a minimum of 3 months following step down from Child Protection'
           || ' or from the point the plan was initiated.',
       'Berkshire West guidance, ''What are possible outcomes of a Child in Need Meeting?'' (''To note'')',
       'The plan is initiated at the initial CIN meeting that draws it up (before that meeting is held, cinplan counts from'
           || ' the decision that a plan is needed).'
FROM policy_profile p
WHERE p.council_code IN ('READING', 'WOKINGHAM', 'WEST_BERKSHIRE')
  AND NOT EXISTS (SELECT 1 FROM policy_rule_setting s WHERE s.profile_id = p.id AND s.rule_id = 'MIN_DURATION_FROM_START');
