-- LEAD_PROFESSIONAL_ON_CLOSE in Berkshire West (RULES.md v2): a closing or step-down meeting may record that no lead
-- professional is needed because the child continues with universal services.
ALTER TABLE meeting ADD COLUMN universal_services_only BOOLEAN DEFAULT FALSE NOT NULL;
