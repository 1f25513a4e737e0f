-- The grown data set: what years of use leave behind. Every indicator gets ten years of monthly
-- figures (up to the demo's last month, the demo's own figures kept), some of them corrected, and
-- a second plan holds enough action rows, with links and evidence, to make 2,000 in all.
\set ON_ERROR_STOP on

insert into indicator_value (indicator_id, period, value, status, entered_by, entered_at)
select i.id, to_char(date '2023-03-01' - make_interval(months => m), 'YYYY-MM'),
       case i.unit when 'PERCENT' then 40 + (m * 7 + i.id) % 50 else 100 + (m * 13 + i.id) % 400 end,
       'FINAL', 'bench', now()
  from indicator i cross join generate_series(0, 119) m
on conflict (indicator_id, period) do nothing;

insert into indicator_value_revision (value_id, old_value, new_value, old_status, new_status,
                                      changed_by, changed_at)
select v.id, v.value + 1, v.value, 'PROVISIONAL', 'FINAL', 'bench', now()
  from indicator_value v where v.id % 5 = 0;
update indicator_value v set revision_count = revision_count + 1 where v.id % 5 = 0;

insert into plan (title, organisation, period) values ('Earlier plan', 'Council', '2013-2023');
insert into priority (plan_id, number, title)
select currval('plan_id_seq'), n, 'Earlier priority ' || n from generate_series(1, 20) n;
insert into finding (plan_id, source, paragraph, summary)
select currval('plan_id_seq'), 'Earlier letter', n, 'Earlier finding ' || n
  from generate_series(1, 40) n;

insert into action (priority_id, ref, ref_major, ref_minor, desired_outcome, action_text, leads,
                    due_date, due_wording, impact, measure, rag)
select p.id, p.number || '.' || n, p.number, n, 'Outcome ' || n,
       'Earlier action ' || p.number || '.' || n || ' ' || repeat('with some words ', 10),
       '{Head of Service,Partnership}', date '2020-01-01' + n * 7, 'by ' || n, 'Impact', 'Measure',
       (array['RED', 'AMBER', 'AMBER_E', 'GREEN'])[1 + n % 4]
  from priority p cross join generate_series(1, 100) n
 where p.plan_id = currval('plan_id_seq')
   and (select count(*) from action) + (p.number - 1) * 100 + n <= 2000;

insert into action_finding (action_id, finding_id)
select a.id, f.id from action a join priority p on p.id = a.priority_id
  join finding f on f.plan_id = p.plan_id and f.paragraph in (1 + a.id % 40, 1 + (a.id + 7) % 40)
 where p.plan_id = currval('plan_id_seq');
insert into action_partner (action_id, organisation_id)
select a.id, o.id from action a join priority p on p.id = a.priority_id
  cross join (select id from organisation where kind = 'PARTNER' order by id limit 1) o
 where p.plan_id = currval('plan_id_seq') and a.id % 3 = 0;
insert into progress_update (action_id, recorded_on, author, body)
select a.id, date '2020-01-01' + n * 30, 'bench', 'Evidence ' || n || ' ' || repeat('text ', 40)
  from action a join priority p on p.id = a.priority_id cross join generate_series(1, 12) n
 where p.plan_id = currval('plan_id_seq');

analyze;
