// pii/email: its own examples through the rule tester.
import { email } from '../../../src/detectors/pii/email.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(email);
