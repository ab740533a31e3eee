//! The demo providers and their units.

/// A demo provider and its units: (slug, name, sector, expected users).
pub(super) struct DemoAgency {
    pub(super) slug: &'static str,
    pub(super) name: &'static str,
    pub(super) kind: &'static str,
    pub(super) region: &'static str,
    pub(super) units: &'static [(&'static str, &'static str, &'static str, i32)],
}

/// The demo providers.
pub(super) const AGENCIES: &[DemoAgency] = &[
    DemoAgency {
        slug: "kab-klungkung",
        name: "Pemerintah Kabupaten Klungkung",
        kind: "regency",
        region: "Bali",
        units: &[
            (
                "dpmptsp",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                "licensing",
                4800,
            ),
            (
                "dukcapil",
                "Dinas Kependudukan dan Pencatatan Sipil",
                "civil_registration",
                12000,
            ),
            (
                "puskesmas-klungkung-1",
                "UPTD Puskesmas Klungkung I",
                "health",
                9000,
            ),
            (
                "disdikpora",
                "Dinas Pendidikan, Kepemudaan dan Olahraga",
                "education",
                2500,
            ),
        ],
    },
    DemoAgency {
        slug: "kota-balikpapan",
        name: "Pemerintah Kota Balikpapan",
        kind: "city",
        region: "Kalimantan Timur",
        units: &[
            (
                "dpmptsp",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Balikpapan",
                "licensing",
                7000,
            ),
            (
                "dukcapil",
                "Dinas Kependudukan dan Pencatatan Sipil Kota Balikpapan",
                "civil_registration",
                20000,
            ),
        ],
    },
    DemoAgency {
        slug: "polres-klungkung",
        name: "Kepolisian Resor Klungkung",
        kind: "police_resort",
        region: "Bali",
        units: &[(
            "satpas-sim",
            "Satuan Penyelenggara Administrasi SIM",
            "police",
            6000,
        )],
    },
    DemoAgency {
        slug: "kantah-banjarmasin",
        name: "Kantor Pertanahan Kota Banjarmasin",
        kind: "land_office",
        region: "Kalimantan Selatan",
        units: &[(
            "loket-pelayanan",
            "Loket Pelayanan Pertanahan",
            "land",
            3000,
        )],
    },
];
