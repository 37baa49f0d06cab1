module fathom.example/jobsuite

go 1.19
