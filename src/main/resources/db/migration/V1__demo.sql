-- Demo datasets already loaded (module demo): the loader loads each once.
create table demo_dataset (
    name      varchar(100) primary key,
    loaded_at timestamp with time zone not null
);
