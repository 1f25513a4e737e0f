-- Servers keep credentials they verified moments ago in memory. Whatever ends or narrows a
-- credential notifies every server (LISTEN tracker_credentials) when its transaction commits, so
-- that each forgets what it kept, whichever server or script made the change. Routine writes (a
-- token's last use, a session's last activity, a sign-in time) do not notify.
create function notify_credentials_changed() returns trigger
language plpgsql as $$
begin
    perform pg_notify('tracker_credentials', tg_table_name);
    return null;
end
$$;

create trigger api_token_changed
    after update on api_token for each row
    when (old.revoked_at is distinct from new.revoked_at
          or old.expires_at is distinct from new.expires_at
          or old.scopes is distinct from new.scopes
          or old.user_id is distinct from new.user_id
          or old.token_hash is distinct from new.token_hash)
    execute function notify_credentials_changed();

create trigger user_session_changed
    after update on user_session for each row
    when (old.ended_at is distinct from new.ended_at
          or old.expires_at is distinct from new.expires_at
          or old.user_id is distinct from new.user_id)
    execute function notify_credentials_changed();

create trigger app_user_changed
    after update on app_user for each row
    when (old.username is distinct from new.username
          or old.display_name is distinct from new.display_name
          or old.organisation_id is distinct from new.organisation_id
          or old.role is distinct from new.role
          or old.enabled is distinct from new.enabled
          or old.password_changed_at is distinct from new.password_changed_at)
    execute function notify_credentials_changed();

create trigger organisation_changed
    after update on organisation for each row
    when (old.name is distinct from new.name or old.kind is distinct from new.kind)
    execute function notify_credentials_changed();

create trigger api_token_removed after delete or truncate on api_token
    for each statement execute function notify_credentials_changed();
create trigger user_session_removed after delete or truncate on user_session
    for each statement execute function notify_credentials_changed();
create trigger app_user_removed after delete or truncate on app_user
    for each statement execute function notify_credentials_changed();
create trigger organisation_removed after delete or truncate on organisation
    for each statement execute function notify_credentials_changed();
