-- Year-end lock (module yearlock): a published year of a region, and whether it is still locked.
-- Who locked or reopened it, and why, is kept by the yearbook's editions and the audit trail.
create table year_lock (
    lock_year   integer       not null,
    region_path varchar(128)  not null,
    region_name varchar(50)   not null,
    locked      boolean       not null,
    changed_by  varchar(50)   not null,
    changed_at  timestamp with time zone not null,
    primary key (lock_year, region_path)
);
