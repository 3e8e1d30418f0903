-- goals arrived with the strategy module (V3_01): a feature's link goes with its goal
delete from feature_goals where goal_id not in (select id from goals);
alter table feature_goals add constraint feature_goals_goal_fk foreign key (goal_id) references goals (id) on delete cascade;
