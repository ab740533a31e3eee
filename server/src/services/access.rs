//! Who may do what: roles and tenancy are decided here and nowhere else.
//! Handlers load every agency, unit and survey through these functions, so
//! a forgotten check cannot leak another agency's data: what lies outside
//! the caller's scope is reported as not found, exactly as if it did not
//! exist.

use crate::error::AppError;
use crate::store::entities::{agency, app_user, service_unit, survey};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Everything.
    Admin,
    /// Their own agency's units, surveys, results and codes.
    Manager,
    /// Read-only across agencies (optionally one province).
    Assessor,
    /// Collects interviews for the surveys of the agencies an assessor
    /// sees (optionally one province), and sees nothing else.
    Enumerator,
}

impl Role {
    /// From the stored name.
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "manager" => Some(Role::Manager),
            "assessor" => Some(Role::Assessor),
            "enumerator" => Some(Role::Enumerator),
            _ => None,
        }
    }

    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Assessor => "assessor",
            Role::Enumerator => "enumerator",
        }
    }
}

/// Reading, or changing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Seeing it.
    Read,
    /// Changing it, or acting for it (codes, publishing).
    Write,
}

/// The signed-in person behind a request.
#[derive(Clone, Debug)]
pub struct Actor {
    /// Their account.
    pub user_id: Uuid,
    /// Their e-mail address.
    pub email: String,
    /// Their role.
    pub role: Role,
    /// A manager's agency.
    pub agency_id: Option<Uuid>,
    /// An assessor's province, when limited to one.
    pub province: Option<String>,
    /// The session's anti-forgery token.
    pub csrf: String,
}

impl Actor {
    /// The server itself, as the audit log names what it does on its own
    /// (deleting what has been kept long enough).
    pub fn system() -> Actor {
        Actor {
            user_id: Uuid::nil(),
            email: "system".into(),
            role: Role::Admin,
            agency_id: None,
            province: None,
            csrf: String::new(),
        }
    }

    /// From a stored account.
    pub fn of(user: &app_user::Model, csrf: String) -> Option<Actor> {
        Some(Actor {
            user_id: user.id,
            email: user.email.clone(),
            role: Role::parse(&user.role)?,
            agency_id: user.agency_id,
            province: user.province.clone(),
            csrf,
        })
    }

    /// Whether the agency is within this actor's scope at all.
    pub fn sees(&self, agency: &agency::Model) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Manager => self.agency_id == Some(agency.id),
            Role::Assessor | Role::Enumerator => self
                .province
                .as_deref()
                .is_none_or(|p| same_region(p, &agency.region)),
        }
    }

    /// Whether this actor may set an agency's kind and region, which decide
    /// whose assessment it falls under: not its own manager.
    pub fn may_place(&self) -> bool {
        self.role != Role::Manager
    }

    /// Checks `need` on `agency`: outside the scope is "not found"; a
    /// visible agency this role may not change is "forbidden".
    pub fn check(&self, agency: &agency::Model, need: Need) -> Result<(), AppError> {
        if !self.sees(agency) {
            return Err(AppError::NotFound);
        }
        match (self.role, need) {
            (Role::Assessor, Need::Write) | (Role::Enumerator, _) => Err(AppError::Forbidden),
            _ => Ok(()),
        }
    }

    /// Whether this actor collects interviews: an enumerator, an assessor
    /// or an administrator (never the rated agency's own manager).
    pub fn interviews(&self) -> bool {
        self.role != Role::Manager
    }

    /// Whether this actor sees what is kept from the rated agency: who
    /// interviewed, interview targets, interviewed against self-completed
    /// scores.
    pub fn assesses(&self) -> bool {
        matches!(self.role, Role::Assessor | Role::Admin)
    }

    /// Whether new agencies (and accounts) may be created.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The agencies this actor sees, as a query condition that narrows
    /// without deciding: a province is matched by [`Actor::sees`] after the
    /// query, so the list and a single agency's check cannot disagree (the
    /// databases fold case differently; Rust decides for both).
    fn agency_condition(&self) -> Condition {
        match self.role {
            Role::Manager => Condition::all()
                .add(agency::Column::Id.eq(self.agency_id.unwrap_or_else(Uuid::nil))),
            Role::Admin | Role::Assessor | Role::Enumerator => Condition::all(),
        }
    }
}

/// A region as stored: trimmed, with single spaces.
pub fn canonical_region(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two spellings name one region: spaces and case do not count
/// (`bali`, ` Bali ` and `BALI` are Bali).
pub fn same_region(a: &str, b: &str) -> bool {
    canonical_region(a).to_lowercase() == canonical_region(b).to_lowercase()
}

/// Every agency the actor sees, by name.
pub async fn agencies(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<agency::Model>, AppError> {
    let mut found = agency::Entity::find()
        .filter(actor.agency_condition())
        .order_by_asc(agency::Column::Name)
        .all(db)
        .await?;
    found.retain(|a| actor.sees(a));
    Ok(found)
}

/// The agency `slug`, if the actor may `need` it.
pub async fn agency(
    db: &DatabaseConnection,
    actor: &Actor,
    slug: &str,
    need: Need,
) -> Result<agency::Model, AppError> {
    let found = agency::Entity::find()
        .filter(agency::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.check(&found, need)?;
    Ok(found)
}

/// The unit `unit` of the agency `agency`, if the actor may `need` it.
pub async fn unit(
    db: &DatabaseConnection,
    actor: &Actor,
    agency_slug: &str,
    unit_slug: &str,
    need: Need,
) -> Result<(agency::Model, service_unit::Model), AppError> {
    let a = agency(db, actor, agency_slug, need).await?;
    let u = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(a.id))
        .filter(service_unit::Column::Slug.eq(unit_slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((a, u))
}

/// The survey `slug` and its agency, if the actor may `need` it.
pub async fn survey(
    db: &DatabaseConnection,
    actor: &Actor,
    slug: &str,
    need: Need,
) -> Result<(agency::Model, survey::Model), AppError> {
    let s = survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = agency::Entity::find_by_id(s.agency_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.check(&a, need)?;
    Ok((a, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_compare_without_case_or_spacing() {
        assert!(same_region("Bali", "bali"));
        assert!(same_region(" Jawa  Timur ", "JAWA TIMUR"));
        assert!(!same_region("Bali", "Jawa Timur"));
        assert_eq!(
            canonical_region("  Nusa   Tenggara Barat "),
            "Nusa Tenggara Barat"
        );
    }
}
