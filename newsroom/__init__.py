"""The newsroom: roles, workflow, previews, revisions, images and imports in the admin."""
