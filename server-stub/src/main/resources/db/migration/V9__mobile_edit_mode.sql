-- Whether phones may edit records (DESIGN.md mobileEditMode): off, online or offline.
ALTER TABLE mobile_settings ADD COLUMN mobile_edit_mode VARCHAR(10) DEFAULT 'online' NOT NULL;
ALTER TABLE user_mobile_options ADD COLUMN mobile_edit_mode VARCHAR(10);
