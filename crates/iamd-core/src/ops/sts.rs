//! STS operations that need no state beyond the caller.

use crate::Operation;
use crate::error::CoreError;
use crate::service::{Caller, Iam};
use crate::simulate::{SimulateCustomPolicyInput, SimulationOutput};
use crate::store::Store;

/// The answer to GetCallerIdentity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallerIdentity {
    pub user_id: String,
    pub account: String,
    pub arn: String,
}

impl<S: Store> Iam<S> {
    /// iam:SimulateCustomPolicy, on the same engine and simulator as `iamd simulate`.
    pub async fn simulate_custom_policy(
        &self,
        caller: &Caller,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<SimulationOutput, CoreError> {
        self.authorize(caller, Operation::SimulateCustomPolicy, "*")
            .await?;
        crate::simulate::simulate_blocking(self.simulator.clone(), input, None).await
    }

    /// sts:GetCallerIdentity needs no permission and succeeds even under an explicit deny
    /// (STS API Reference, GetCallerIdentity).
    pub fn get_caller_identity(&self, caller: &Caller) -> CallerIdentity {
        CallerIdentity {
            user_id: caller.user_id(),
            account: self.account.clone(),
            arn: caller.principal.arn.clone(),
        }
    }
}
