-- Interviews and surveys: what V2_01 left out.

-- which questions of its guide a session has covered, ticked on the session page while taking notes
create table interview_coverage (
    session_id uuid not null references interview_sessions (id) on delete cascade,
    question_id uuid not null references interview_questions (id) on delete cascade,
    primary key (session_id, question_id)
);
create index interview_coverage_question on interview_coverage (question_id);

create index interview_questions_guide on interview_questions (guide_id, position);
create index interview_guides_product on interview_guides (product_id);
-- sessions are listed newest first
create index interview_sessions_product_date on interview_sessions (product_id, held_on desc, created_at desc);
create index interview_sessions_guide on interview_sessions (guide_id);
create index survey_questions_survey on survey_questions (survey_id, position);
-- responses are paged newest first
create index survey_responses_survey_time on survey_responses (survey_id, submitted_at desc);
-- a session page lists its notes; survey results link free-text answers to their notes
create index notes_interview_session on notes (interview_session_id);
create index notes_survey_response on notes (survey_response_id);

-- a survey of 40 free-text questions of 5000 characters each must fit
alter table survey_responses alter column answers set data type varchar(1000000);
