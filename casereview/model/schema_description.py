"""The case file's tables, their columns and the indexes, as the schema defines them, written out.

Opening a file checks it against this description (:func:`casereview.model.store.schema_damage`,
:mod:`casereview.model.schema_objects`) instead of mapping every table first, which would cost the
window tens of milliseconds before its first paint. ``tests/model/test_schema_description.py`` fails
when a table, column or index changes and this file was not brought along, and prints what it should say.
"""

TABLES: dict[str, tuple[str, ...]] = {
    "case": (
        "id", "uuid", "title", "incident", "goal", "questions", "incident_date", "review_date", "followup_date",
        "terugkommoment_date", "attribution", "exercise", "session_closed_at", "created_at", "commissioner",
        "chair_name", "chair_contact", "authors", "report_version", "report_status", "adopted_on", "distribution",
        "followup_time", "followup_place",
    ),
    "changelog": ("id", "at", "action", "entity", "entity_id", "detail"),
    "conclusion": ("id", "position", "text", "no_change", "no_change_reason", "created_at", "answers"),
    "detectedname": ("id", "text", "kind", "count", "places", "detected_at"),
    "detectionrun": ("id", "texts_hash", "detected_at"),
    "draftversion": ("id", "number", "created_at", "deadline", "content_hash", "paragraphs"),
    "evaluation": ("id", "answers", "created_at"),
    "familyquestion": ("id", "position", "text", "answer", "created_at"),
    "greyarea": ("id", "kind", "text", "position"),
    "groundrule": ("id", "position", "text", "agreed"),
    "holder": ("id", "token", "user", "machine", "pid", "since", "heartbeat"),
    "incident": ("id", "date_start", "date_precision", "date_text", "description", "position"),
    "leerbrief": (
        "id", "target_group", "circumstances", "story", "mechanisms", "went_well", "lessons", "ready", "updated_at",
    ),
    "mergerejection": ("first", "second"),
    "namedecision": ("id", "text", "kind", "decided_at"),
    "party": ("id", "name", "category", "involvement", "contact_person"),
    "pseudonym": ("id", "real_name", "pseudonym"),
    "rulewaiver": ("rule", "reason"),
    "step": ("id", "position", "title", "rules", "prompt", "timebox_minutes", "state", "notes", "elapsed_seconds"),
    "theme": ("id", "name", "is_default", "code"),
    "agreement": (
        "id", "position", "action", "owner_party_id", "owner_person", "due_date", "success_check", "kind",
        "kind_reason", "status", "status_reason", "conclusion_id", "level", "programme", "created_at",
    ),
    "conclusionthemelink": ("conclusion_id", "theme_id"),
    "participant": ("id", "name", "role", "party_id"),
    "partyresponse": ("version_id", "party_id", "status", "noted_at"),
    "preparationquestion": ("id", "party_id", "text"),
    "reaction": (
        "id", "version_id", "party_id", "paragraph", "paragraph_text", "text", "author", "received_at", "channel",
        "kind", "decision", "decision_reason", "decided_by", "source_key", "created_at",
    ),
    "staffaftercare": ("party_id", "impact", "aftercare", "share"),
    "timelineevent": (
        "id", "date_start", "date_end", "date_precision", "date_text", "time", "party_id", "description", "source",
        "key_moment", "import_batch", "from_family", "event_type", "followup_confirmed", "origin_file", "origin_row",
        "receiving_party_id",
    ),
    "agreementthemelink": ("agreement_id", "theme_id"),
    "conclusioneventlink": ("conclusion_id", "event_id"),
    "contribution": ("id", "step_id", "party_id", "participant_id", "kind", "text", "event_id", "created_at"),
    "effectcheck": ("id", "agreement_id", "checked_on", "result", "note", "created_at"),
    "eventpart": (
        "id", "event_id", "party_id", "date_text", "time", "description", "source", "origin_file", "origin_row",
    ),
    "eventpartylink": ("event_id", "party_id"),
    "followupdecision": (
        "id", "agreement_id", "decided_on", "decision", "previous_due_date", "new_due_date", "reason", "created_at",
    ),
    "progressnote": ("id", "agreement_id", "noted_on", "text"),
    "conclusioncontributionlink": ("conclusion_id", "contribution_id"),
}

INDEXES: frozenset[str] = frozenset({
    "ix_case_uuid", "ix_contribution_step_id", "ix_effectcheck_agreement_id", "ix_eventpart_event_id",
    "ix_followupdecision_agreement_id", "ix_party_name", "ix_progressnote_agreement_id", "ix_theme_code",
    "ix_timelineevent_date_start", "ix_timelineevent_import_batch",
})
